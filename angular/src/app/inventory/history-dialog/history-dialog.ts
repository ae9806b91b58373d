import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';

import { Api } from '../../api/generated/api';
import { apiInventoryStockVariantIdMovementsGet } from '../../api/generated/fn/stock/api-inventory-stock-variant-id-movements-get';
import { StockItemDto } from '../../api/generated/models/stock-item-dto';
import { StockMovementDto } from '../../api/generated/models/stock-movement-dto';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { MOVEMENT_PAGE_SIZE, movementParams, signed, stockLabel } from '../inventory-logic';

/** A variant's stock movements, newest first, a page at a time: why, by how much, by whom, and what was left. */
@Component({
  selector: 'app-history-dialog',
  imports: [
    DatePipe,
    MatButtonModule,
    MatDialogModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
  ],
  templateUrl: './history-dialog.html',
  styleUrl: './history-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HistoryDialog {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly item = inject<StockItemDto>(MAT_DIALOG_DATA);

  protected readonly title = `History of ${stockLabel(this.item)}`;
  protected readonly columns = ['time', 'reason', 'quantity', 'onHandAfter', 'who', 'note'];
  protected readonly signed = signed;
  protected readonly page = signal({ index: 0, size: MOVEMENT_PAGE_SIZE });

  protected readonly movements = rxResource({
    params: () => movementParams(this.item.variantId, this.page()),
    stream: ({ params }) => this.api.invoke(apiInventoryStockVariantIdMovementsGet, params),
  });
  protected readonly rows = computed(() =>
    this.movements.hasValue() ? (this.movements.value()?.items ?? []) : [],
  );
  protected readonly totalCount = computed(() =>
    this.movements.hasValue() ? Number(this.movements.value()?.totalCount ?? 0) : 0,
  );

  constructor() {
    effect(() => {
      const error = this.movements.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  protected pageChanged(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }

  protected who(movement: StockMovementDto): string {
    return movement.userId ?? 'System';
  }

  protected direction(movement: StockMovementDto): string {
    const quantity = Number(movement.quantity);
    return quantity > 0 ? 'in' : quantity < 0 ? 'out' : 'none';
  }
}
