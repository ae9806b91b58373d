import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Api } from '../../api/generated/api';
import { apiOrderingOrdersIdRefundsPost } from '../../api/generated/fn/orders/api-ordering-orders-id-refunds-post';
import { OrderDto } from '../../api/generated/models/order-dto';
import { RefundOrderDto } from '../../api/generated/models/refund-order-dto';
import { toProblem } from '../../core/errors/problem';
import { LineQuantities } from '../line-quantities/line-quantities';
import { amountOf, chosenLines, refundable, refusalText } from '../order-logic';

/** Refunds an amount, or chosen lines (the server prices them) with their stock optionally put back. */
@Component({
  selector: 'app-refund-dialog',
  imports: [
    FormsModule,
    LineQuantities,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
  ],
  templateUrl: './refund-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RefundDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<RefundDialog, OrderDto>>(MatDialogRef);
  protected readonly order = inject<OrderDto>(MAT_DIALOG_DATA);

  protected readonly lines = this.order.lines.filter((l) => refundable(l) > 0);
  protected readonly refundable = refundable;
  protected readonly mode = signal<'amount' | 'lines'>('amount');
  protected readonly quantities = signal<Record<string, number>>(
    Object.fromEntries(this.lines.map((l) => [l.id, 0])),
  );
  protected amount: number | string | null = '';
  protected restock = true;
  protected reason = '';
  protected readonly saving = signal(false);
  protected readonly refusal = signal<string | null>(null);

  protected save(): void {
    const body = this.body();
    if (!body) {
      return;
    }
    this.saving.set(true);
    this.refusal.set(null);
    this.api.invoke(apiOrderingOrdersIdRefundsPost, { id: this.order.id, body }).subscribe({
      next: (order) => this.dialogRef.close(order),
      error: (error: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalText(toProblem(error)));
      },
    });
  }

  private body(): RefundOrderDto | undefined {
    const reason = this.reason.trim() || null;
    if (this.mode() === 'amount') {
      const amount = amountOf(this.amount);
      if (amount === null || !(amount > 0)) {
        this.refusal.set('Enter an amount above zero.');
        return undefined;
      }
      return { amount, reason, version: this.order.version };
    }
    const lines = chosenLines(this.quantities());
    if (lines.length === 0) {
      this.refusal.set('Choose at least one item to refund.');
      return undefined;
    }
    return { lines, restock: this.restock, reason, version: this.order.version };
  }
}
