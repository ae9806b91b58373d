import { Signal, computed, signal } from '@angular/core';

/**
 * Rows checked in a paged table, by key: kept across pages and searches until cleared, with the header
 * checkbox's state for the rows shown (all of them, some of them).
 */
export class RowSelection<T> {
  private readonly keys = signal<ReadonlySet<string>>(new Set());

  /** The selected keys. */
  readonly selected: Signal<ReadonlySet<string>> = this.keys.asReadonly();
  readonly allShown: Signal<boolean>;
  readonly someShown: Signal<boolean>;

  /**
   * @param shown the rows on screen
   * @param key a row's key
   */
  constructor(
    private readonly shown: Signal<readonly T[]>,
    private readonly key: (row: T) => string,
  ) {
    this.allShown = computed(
      () => this.shown().length > 0 && this.shown().every((r) => this.has(r)),
    );
    this.someShown = computed(() => !this.allShown() && this.shown().some((r) => this.has(r)));
  }

  has(row: T): boolean {
    return this.keys().has(this.key(row));
  }

  toggle(row: T, checked: boolean): void {
    this.set([row], checked);
  }

  /** Checks or unchecks every row shown; rows of other pages stay as they are. */
  toggleShown(checked: boolean): void {
    this.set(this.shown(), checked);
  }

  clear(): void {
    this.keys.set(new Set());
  }

  private set(rows: readonly T[], checked: boolean): void {
    this.keys.update((s) => {
      const next = new Set(s);
      for (const row of rows) {
        if (checked) {
          next.add(this.key(row));
        } else {
          next.delete(this.key(row));
        }
      }
      return next;
    });
  }
}
