import { HttpErrorResponse } from '@angular/common/http';
import { WritableSignal, effect, inject, signal } from '@angular/core';
import { catchError, forkJoin, map, of } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiInventoryStockVariantIdChangesPost } from '../../../api/generated/fn/stock/api-inventory-stock-variant-id-changes-post';
import { apiInventoryStockVariantIdGet } from '../../../api/generated/fn/stock/api-inventory-stock-variant-id-get';
import { ProductVariantDto } from '../../../api/generated/models/product-variant-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { variantTitle } from '../../shared/catalog-logic';
import { countedChange } from './variant-form';

/**
 * The variants' stock on hand in the grid: read for every variant while stock may be seen (a variant never
 * stocked has 0; one that could not be read shows nothing), and a number typed in its cell saved as a Counted
 * change.
 *
 * Create it in an injection context (a component's field initializer).
 */
export class VariantStock {
  private readonly api = inject(Api);
  private readonly notifier = inject(ProblemNotifier);

  /** On hand per variant id; a variant never stocked has 0, one that could not be read NaN. */
  private readonly onHandById = signal<Record<string, number>>({});
  /** What is typed per variant id, until it is saved. */
  private readonly counts = signal<Record<string, string>>({});

  /**
   * @param variants the product's variants
   * @param visible whether the user may see stock
   * @param saving the grid's "saving" state: `stock:<variant id>` while a count is saved
   */
  constructor(
    variants: () => readonly ProductVariantDto[],
    visible: () => boolean,
    private readonly saving: WritableSignal<string | null>,
  ) {
    effect(() => {
      const ids = variants().map((v) => v.id!);
      if (!visible() || ids.length === 0) {
        return;
      }
      forkJoin(
        ids.map((id) =>
          this.api.invoke(apiInventoryStockVariantIdGet, { variantId: id }).pipe(
            map((item) => [id, Number(item.onHand)] as const),
            catchError((error: unknown) =>
              of([
                id,
                error instanceof HttpErrorResponse && error.status === 404 ? 0 : NaN,
              ] as const),
            ),
          ),
        ),
      ).subscribe((entries) => this.onHandById.set(Object.fromEntries(entries)));
    });
  }

  onHand(variant: ProductVariantDto): string {
    const value = this.onHandById()[variant.id!];
    return value === undefined || Number.isNaN(value) ? '' : String(value);
  }

  /** What the cell shows: what is typed, else on hand. */
  countValue(variant: ProductVariantDto): string {
    return this.counts()[variant.id!] ?? this.onHand(variant);
  }

  setCount(variant: ProductVariantDto, value: string): void {
    this.counts.update((c) => ({ ...c, [variant.id!]: value }));
  }

  countChanged(variant: ProductVariantDto): boolean {
    const current = this.onHandById()[variant.id!];
    return (
      countedChange(
        Number.isNaN(current) ? null : (current ?? 0),
        this.counts()[variant.id!] ?? null,
      ) !== null
    );
  }

  /** Sets on hand to what was counted. */
  saveCount(variant: ProductVariantDto, event?: Event): void {
    event?.preventDefault();
    const change = countedChange(
      this.onHandById()[variant.id!] ?? 0,
      this.counts()[variant.id!] ?? null,
    );
    if (!change) {
      return;
    }
    this.saving.set(`stock:${variant.id}`);
    this.api
      .invoke(apiInventoryStockVariantIdChangesPost, { variantId: variant.id!, body: change })
      .subscribe({
        next: (item) => {
          this.saving.set(null);
          this.onHandById.update((s) => ({ ...s, [variant.id!]: Number(item.onHand) }));
          this.counts.update((c) => {
            const { [variant.id!]: _, ...rest } = c;
            return rest;
          });
          this.notifier.success(`${variantTitle(variant.optionValues)}: ${item.onHand} on hand.`);
        },
        error: (error: unknown) => {
          this.saving.set(null);
          this.notifier.notify(error);
        },
      });
  }
}
