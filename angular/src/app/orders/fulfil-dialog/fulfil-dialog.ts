import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Api } from '../../api/generated/api';
import { apiOrderingOrdersIdShipmentsPost } from '../../api/generated/fn/orders/api-ordering-orders-id-shipments-post';
import { OrderDto } from '../../api/generated/models/order-dto';
import { toProblem } from '../../core/errors/problem';
import { LineQuantities } from '../line-quantities/line-quantities';
import { chosenLines, refusalText, unshipped } from '../order-logic';

/** Ships chosen quantities of the order's lines in one shipment, with its carrier and tracking. */
@Component({
  selector: 'app-fulfil-dialog',
  imports: [
    FormsModule,
    LineQuantities,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './fulfil-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FulfilDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<FulfilDialog, OrderDto>>(MatDialogRef);
  protected readonly order = inject<OrderDto>(MAT_DIALOG_DATA);

  protected readonly lines = this.order.lines.filter((l) => unshipped(l) > 0);
  /** Quantity to ship per line id; everything still unshipped to begin with. */
  protected readonly quantities = signal<Record<string, number>>(
    Object.fromEntries(this.lines.map((l) => [l.id, unshipped(l)])),
  );
  protected readonly unshipped = unshipped;
  protected carrier = '';
  protected trackingNumber = '';
  protected trackingUrl = '';
  protected readonly saving = signal(false);
  protected readonly refusal = signal<string | null>(null);

  protected save(): void {
    const lines = chosenLines(this.quantities());
    if (lines.length === 0) {
      this.refusal.set('Choose at least one item to ship.');
      return;
    }
    this.saving.set(true);
    this.refusal.set(null);
    this.api
      .invoke(apiOrderingOrdersIdShipmentsPost, {
        id: this.order.id,
        body: {
          version: this.order.version,
          lines,
          carrier: this.carrier.trim() || null,
          trackingNumber: this.trackingNumber.trim() || null,
          trackingUrl: this.trackingUrl.trim() || null,
        },
      })
      .subscribe({
        next: (order) => this.dialogRef.close(order),
        error: (error: unknown) => {
          this.saving.set(false);
          this.refusal.set(refusalText(toProblem(error)));
        },
      });
  }
}
