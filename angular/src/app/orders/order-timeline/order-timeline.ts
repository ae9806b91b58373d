import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Api } from '../../api/generated/api';
import { apiOrderingOrdersIdNotesPost } from '../../api/generated/fn/orders/api-ordering-orders-id-notes-post';
import { OrderDto } from '../../api/generated/models/order-dto';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { newestFirst } from '../order-logic';

/** Every event of an order, newest first, and (with the right) a form for an internal note. */
@Component({
  selector: 'app-order-timeline',
  imports: [DatePipe, FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  templateUrl: './order-timeline.html',
  styleUrl: './order-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrderTimeline {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);

  readonly order = input.required<OrderDto>();
  readonly canNote = input(false);
  readonly changed = output<OrderDto>();

  protected readonly entries = computed(() => newestFirst(this.order().timeline));
  protected note = '';
  protected readonly saving = signal(false);

  protected addNote(): void {
    const text = this.note.trim();
    if (!text) {
      return;
    }
    this.saving.set(true);
    this.api
      .invoke(apiOrderingOrdersIdNotesPost, { id: this.order().id, body: { text } })
      .subscribe({
        next: (order) => {
          this.saving.set(false);
          this.note = '';
          this.changed.emit(order);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.notifier.notify(error);
        },
      });
  }
}
