import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';

import { Api } from '../../api/generated/api';
import { apiInventorySettingsGet } from '../../api/generated/fn/inventory-settings/api-inventory-settings-get';
import { apiInventoryStockGet } from '../../api/generated/fn/stock/api-inventory-stock-get';
import { apiInventoryStockVariantIdChangesPost } from '../../api/generated/fn/stock/api-inventory-stock-variant-id-changes-post';
import { apiInventoryStockVariantIdLowStockThresholdPut } from '../../api/generated/fn/stock/api-inventory-stock-variant-id-low-stock-threshold-put';
import { InventorySettingsDto } from '../../api/generated/models/inventory-settings-dto';
import { StockItemDto } from '../../api/generated/models/stock-item-dto';
import { StockState } from '../../api/generated/models/stock-state';
import { ConfigService } from '../../core/config/config.service';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Permissions } from '../../core/permissions/permissions';
import { PagedTable, debouncedSearch } from '../../shared/paged-table/paged-table';
import { PagedTablePaginator } from '../../shared/paged-table/paged-table-paginator';
import { RowSelection } from '../../shared/row-selection';
import { AdjustDialog, AdjustDialogData } from '../adjust-dialog/adjust-dialog';
import { HistoryDialog } from '../history-dialog/history-dialog';
import {
  STOCK_PAGE_SIZES,
  STOCK_TABS,
  inlineCount,
  stockLabel,
  stockListParams,
  thresholdChanged,
  thresholdValue,
} from '../inventory-logic';
import { SettingsDialog } from '../settings-dialog/settings-dialog';

/**
 * Stock on hand per variant, as Shopify's inventory page: server-paged, searched by title or SKU, tabs by state
 * ("Low stock" is the low-stock view). On hand and the low-stock threshold are edited in place (on hand as a
 * count); a row adjusts by a number with a reason, shows its history, and selected rows change together.
 */
@Component({
  selector: 'app-stock-list',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    PagedTablePaginator,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
  ],
  templateUrl: './stock-list.html',
  styleUrl: './stock-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StockList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly tabs = STOCK_TABS;
  protected readonly pageSizes = STOCK_PAGE_SIZES;
  protected readonly label = stockLabel;
  protected readonly canAdjust = computed(() => this.config.isGranted(Permissions.InventoryAdjust));
  protected readonly canManageSettings = computed(() =>
    this.config.isGranted(Permissions.InventoryManageSettings),
  );
  protected readonly canOpenProducts = computed(() => this.config.isGranted(Permissions.Products));
  protected readonly columns = computed(() => [
    ...(this.canAdjust() ? ['select'] : []),
    'product',
    'sku',
    'onHand',
    'reserved',
    'available',
    'threshold',
    'actions',
  ]);

  protected readonly search = signal('');
  private readonly filter = debouncedSearch(this.search);
  protected readonly state = signal<StockState | ''>('');

  protected readonly stock = new PagedTable({
    filters: () => ({ filter: this.filter(), state: this.state() }),
    load: (filters, page) =>
      this.api.invoke(apiInventoryStockGet, stockListParams({ ...filters, page })),
  });

  /** The selected variants (by id), kept across pages and searches until a bulk change or a clear. */
  protected readonly selection = new RowSelection(this.stock.rows, (r) => r.variantId);

  /** The row whose on hand or threshold is being saved. */
  protected readonly saving = signal<string | null>(null);

  protected readonly settings = rxResource({
    params: () => true,
    stream: () => this.api.invoke(apiInventorySettingsGet),
  });
  protected readonly defaultThreshold = computed(() =>
    this.settings.hasValue() ? this.settings.value()?.defaultLowStockThreshold : undefined,
  );

  protected readonly trackById = (_: number, item: StockItemDto) => item.variantId;

  /** Enter commits the cell as leaving it does; Escape puts the saved value back. */
  protected cellKey(event: KeyboardEvent, saved: string): void {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      input.blur();
    } else if (event.key === 'Escape') {
      input.value = saved;
      input.blur();
    }
  }

  /** A typed on hand is a count: on hand becomes the number typed. */
  protected commitCount(item: StockItemDto, input: HTMLInputElement): void {
    const change = inlineCount(item.onHand, input.value);
    if (!change) {
      input.value = String(item.onHand);
      return;
    }
    this.saving.set(item.variantId);
    this.api
      .invoke(apiInventoryStockVariantIdChangesPost, { variantId: item.variantId, body: change })
      .subscribe({
        next: (updated) => {
          this.replace(updated);
          this.notifier.success(`${stockLabel(updated)}: ${updated.onHand} on hand.`);
        },
        error: (error: unknown) => {
          this.saving.set(null);
          input.value = String(item.onHand);
          this.notifier.notify(error);
        },
      });
  }

  /** A typed threshold is the variant's own; empty returns it to the default. */
  protected commitThreshold(item: StockItemDto, input: HTMLInputElement): void {
    const threshold = thresholdValue(input.value);
    const saved = this.thresholdText(item);
    if (threshold === undefined) {
      input.value = saved;
      this.notifier.warn('A threshold is a whole number of 0 or more; empty uses the default.');
      return;
    }
    if (!thresholdChanged(item.lowStockThreshold, threshold)) {
      input.value = saved;
      return;
    }
    this.saving.set(item.variantId);
    this.api
      .invoke(apiInventoryStockVariantIdLowStockThresholdPut, {
        variantId: item.variantId,
        body: { threshold },
      })
      .subscribe({
        next: (updated) => {
          this.replace(updated);
          this.notifier.success(
            threshold === null
              ? `${stockLabel(updated)} uses the default threshold.`
              : `${stockLabel(updated)}: low at ${threshold} or fewer.`,
          );
        },
        error: (error: unknown) => {
          this.saving.set(null);
          input.value = saved;
          this.notifier.notify(error);
        },
      });
  }

  protected isOut(item: StockItemDto): boolean {
    return Number(item.available) <= 0;
  }

  protected thresholdText(item: StockItemDto): string {
    return item.lowStockThreshold === null || item.lowStockThreshold === undefined
      ? ''
      : String(item.lowStockThreshold);
  }

  protected adjust(item: StockItemDto): void {
    this.openAdjust({ items: [item] });
  }

  protected adjustSelected(): void {
    const shown = new Map(this.stock.rows().map((r) => [r.variantId, r]));
    const ids = [...this.selection.selected()];
    this.openAdjust({
      items: ids.map((id) => shown.get(id)).filter((r): r is StockItemDto => !!r),
      variantIds: ids,
    });
  }

  protected history(item: StockItemDto): void {
    this.dialog.open(HistoryDialog, {
      data: item,
      width: '760px',
      maxWidth: '95vw',
      autoFocus: 'dialog',
      ariaLabelledBy: 'history-title',
    });
  }

  protected openSettings(): void {
    this.dialog
      .open<SettingsDialog, void, InventorySettingsDto>(SettingsDialog, { autoFocus: 'dialog' })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.notifier.success('Inventory settings are saved.');
          this.settings.reload();
          this.stock.reload();
        }
      });
  }

  private openAdjust(data: AdjustDialogData): void {
    this.dialog
      .open<AdjustDialog, AdjustDialogData, StockItemDto[]>(AdjustDialog, {
        data,
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) {
          return;
        }
        if (data.variantIds) {
          this.selection.clear();
          this.notifier.success(`Stock of ${updated.length} variants is changed.`);
          this.stock.reload();
        } else {
          updated.forEach((u) => this.replace(u));
          this.notifier.success(`${stockLabel(updated[0])}: ${updated[0].onHand} on hand.`);
        }
      });
  }

  private replace(updated: StockItemDto): void {
    this.saving.set(null);
    this.stock.updateRows((items) =>
      items.map((i) => (i.variantId === updated.variantId ? updated : i)),
    );
  }
}
