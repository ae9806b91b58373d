import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Observable } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiOrderingOrdersIdCancelPost } from '../../api/generated/fn/orders/api-ordering-orders-id-cancel-post';
import { apiOrderingOrdersIdCapturePost } from '../../api/generated/fn/orders/api-ordering-orders-id-capture-post';
import { apiOrderingOrdersIdCompletePost } from '../../api/generated/fn/orders/api-ordering-orders-id-complete-post';
import { OrderDto } from '../../api/generated/models/order-dto';
import { toProblem } from '../../core/errors/problem';
import { amountOf, refusalText } from '../order-logic';

/** The one-step actions of an order: capture (optionally part of the amount), cancel (with a reason), complete. */
export type OrderAction = 'capture' | 'cancel' | 'complete';

export interface OrderActionDialogData {
  readonly order: OrderDto;
  readonly action: OrderAction;
}

const TITLES: Record<OrderAction, string> = {
  capture: 'Capture payment',
  cancel: 'Cancel order',
  complete: 'Complete order',
};

@Component({
  selector: 'app-order-action-dialog',
  imports: [FormsModule, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  templateUrl: './order-action-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderActionDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<OrderActionDialog, OrderDto>>(MatDialogRef);
  protected readonly data = inject<OrderActionDialogData>(MAT_DIALOG_DATA);
  protected readonly title = TITLES[this.data.action];

  protected amount: number | string | null = '';
  protected reason = '';
  protected readonly saving = signal(false);
  protected readonly refusal = signal<string | null>(null);

  protected save(): void {
    if (this.data.action === 'cancel' && !this.reason.trim()) {
      this.refusal.set('A reason is required to cancel.');
      return;
    }
    this.saving.set(true);
    this.refusal.set(null);
    this.request().subscribe({
      next: (order) => this.dialogRef.close(order),
      error: (error: unknown) => {
        this.saving.set(false);
        this.refusal.set(refusalText(toProblem(error)));
      },
    });
  }

  private request(): Observable<OrderDto> {
    const { order, action } = this.data;
    switch (action) {
      case 'capture':
        return this.api.invoke(apiOrderingOrdersIdCapturePost, {
          id: order.id,
          body: { version: order.version, amount: amountOf(this.amount) },
        });
      case 'cancel':
        return this.api.invoke(apiOrderingOrdersIdCancelPost, {
          id: order.id,
          body: { version: order.version, reason: this.reason.trim() },
        });
      case 'complete':
        return this.api.invoke(apiOrderingOrdersIdCompletePost, {
          id: order.id,
          body: { version: order.version },
        });
    }
  }
}
