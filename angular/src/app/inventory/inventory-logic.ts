import { BulkStockChangeDto } from '../api/generated/models/bulk-stock-change-dto';
import { ChangeStockDto } from '../api/generated/models/change-stock-dto';
import { StockItemDto } from '../api/generated/models/stock-item-dto';
import { StockMovementReason } from '../api/generated/models/stock-movement-reason';
import { StockState } from '../api/generated/models/stock-state';
import { PageState } from '../shared/paged-table/paged-table';

export const STOCK_PAGE_SIZES = [25, 50, 100];
export const MOVEMENT_PAGE_SIZE = 20;

/** The list's tabs: every variant, then each state; "Low stock" is the low-stock view. */
export const STOCK_TABS: readonly { label: string; state: StockState | '' }[] = [
  { label: 'All', state: '' },
  { label: 'In stock', state: 'InStock' },
  { label: 'Low stock', state: 'LowStock' },
  { label: 'Out of stock', state: 'OutOfStock' },
];

/** The reasons a person adds or removes stock with (a count has its own mode; sales come from orders). */
export const ADJUST_REASONS: readonly StockMovementReason[] = ['Received', 'Returned', 'Adjusted'];

export interface StockListQuery {
  readonly filter: string;
  readonly state: StockState | '';
  readonly page: PageState;
}

/** The list's state as the host's query parameters; empty filters left out. */
export function stockListParams(query: StockListQuery) {
  return {
    Filter: query.filter || undefined,
    State: query.state || undefined,
    SkipCount: query.page.index * query.page.size,
    MaxResultCount: query.page.size,
  };
}

/** A page of a variant's movements, newest first. */
export function movementParams(variantId: string, page: PageState) {
  return { variantId, SkipCount: page.index * page.size, MaxResultCount: page.size };
}

/** "T-Shirt — M / Blue", or the product's title alone for a variant without options. */
export function stockLabel(item: Pick<StockItemDto, 'productTitle' | 'variantTitle'>): string {
  return item.variantTitle ? `${item.productTitle} — ${item.variantTitle}` : item.productTitle;
}

/** A whole number of at least `min`, or null for anything else (empty, decimals, text). */
export function wholeNumber(value: string | number | null | undefined, min = 0): number | null {
  if (value === null || value === undefined || String(value).trim() === '') {
    return null;
  }
  const number = Number(value);
  return Number.isInteger(number) && number >= min ? number : null;
}

/** What typing a count into the on-hand cell asks: a Counted change, or null when nothing changed or invalid. */
export function inlineCount(
  current: number | string,
  typed: string,
): (ChangeStockDto & { reason: 'Counted' }) | null {
  const quantity = wholeNumber(typed);
  if (quantity === null || quantity === Number(current)) {
    return null;
  }
  return { quantity, reason: 'Counted', note: null };
}

/** The threshold a typed value asks for: empty returns to the tenant's default (null); undefined when invalid. */
export function thresholdValue(typed: string): number | null | undefined {
  if (typed.trim() === '') {
    return null;
  }
  return wholeNumber(typed) ?? undefined;
}

/** Whether a typed threshold differs from the variant's own. */
export function thresholdChanged(current: number | string | null | undefined, next: number | null) {
  const own = current === null || current === undefined ? null : Number(current);
  return own !== next;
}

export type AdjustMode = 'add' | 'set';

export interface AdjustValue {
  readonly mode: AdjustMode;
  readonly quantity: number;
  readonly reason: StockMovementReason;
  readonly note: string;
}

/** One variant's change: added (negative removes) with a reason, or set to a counted value. */
export function adjustChange(value: AdjustValue): ChangeStockDto {
  return {
    quantity: value.quantity,
    reason: value.mode === 'set' ? 'Counted' : value.reason,
    note: value.note.trim() || null,
  };
}

/** The bulk call's items: the same change for every selected variant, each once. */
export function bulkItems(variantIds: readonly string[], value: AdjustValue): BulkStockChangeDto[] {
  const change = adjustChange(value);
  return [...new Set(variantIds)].map((variantId) => ({ variantId, ...change }));
}

/** "+5", "-2", "0". */
export function signed(quantity: number | string): string {
  const number = Number(quantity);
  return number > 0 ? `+${number}` : String(number);
}
