import {
  ResourceRef,
  Signal,
  WritableSignal,
  computed,
  effect,
  inject,
  linkedSignal,
} from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { Observable, debounceTime, distinctUntilChanged, map } from 'rxjs';

import { ProblemNotifier } from '../../core/errors/problem-notifier';

/** The paginator's state: the page shown (from 0) and its size. */
export interface PageState {
  readonly index: number;
  readonly size: number;
}

/** What a paged list endpoint answers: one page of items and the number of items over all pages. */
export interface PagedResponse<T> {
  readonly items: T[];
  readonly totalCount: number | string;
}

/** The rows on screen and the number of items over all pages. */
export interface PagedRows<T> {
  readonly items: T[];
  readonly totalCount: number;
}

export const SEARCH_DEBOUNCE_MS = 300;
export const DEFAULT_PAGE_SIZE = 25;

/** A search box's text as the request follows it: trimmed, after a short pause, and only when it changed. */
export function debouncedSearch(text: Signal<string>, ms = SEARCH_DEBOUNCE_MS): Signal<string> {
  return toSignal(
    toObservable(text).pipe(
      debounceTime(ms),
      map((t) => t.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
}

export interface PagedTableOptions<F, T> {
  /** The list's filters (and sort), read from signals; any change goes back to the first page. */
  readonly filters: () => F;
  /** Asks the host for one page under the filters. */
  readonly load: (filters: F, page: PageState) => Observable<PagedResponse<T>>;
  /** The page size to begin with. */
  readonly pageSize?: number;
}

/**
 * A server-paged table's state: the page (back to the first one whenever a filter changes, keeping its size), the
 * request that follows filters and page, the rows of the last page that arrived (kept on screen while the next
 * one loads, so the table does not flicker), and a snack bar when a request fails.
 *
 * Create it in an injection context (a component's field initializer).
 */
export class PagedTable<F, T> {
  private readonly notifier = inject(ProblemNotifier);
  private readonly filters: Signal<F>;

  /** The page shown; the paginator sets it through {@link pageChanged}. */
  readonly page: WritableSignal<PageState>;
  private readonly request: ResourceRef<PagedResponse<T> | undefined>;
  private readonly shown: WritableSignal<PagedRows<T>>;

  readonly rows: Signal<T[]>;
  readonly totalCount: Signal<number>;
  readonly isLoading: Signal<boolean>;

  constructor(options: PagedTableOptions<F, T>) {
    const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.filters = computed(options.filters);
    this.page = linkedSignal<F, PageState>({
      source: this.filters,
      computation: (_, previous) => ({ index: 0, size: previous?.value.size ?? pageSize }),
    });
    this.request = rxResource({
      params: () => ({ filters: this.filters(), page: this.page() }),
      stream: ({ params }) => options.load(params.filters, params.page),
    });
    this.shown = linkedSignal<PagedRows<T> | undefined, PagedRows<T>>({
      source: () => {
        const value = this.request.hasValue() ? this.request.value() : undefined;
        return value && { items: value.items, totalCount: Number(value.totalCount) };
      },
      computation: (value, previous) => value ?? previous?.value ?? { items: [], totalCount: 0 },
    });
    this.rows = computed(() => this.shown().items);
    this.totalCount = computed(() => this.shown().totalCount);
    this.isLoading = this.request.isLoading;

    effect(() => {
      const error = this.request.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  /** The paginator's (page) event. */
  pageChanged(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }

  /** Asks for the same page again (after a change the list shows). */
  reload(): void {
    this.request.reload();
  }

  /** Changes the rows on screen in place (a row saved inline), without asking the host again. */
  updateRows(change: (items: T[]) => T[]): void {
    this.shown.update((s) => ({ ...s, items: change(s.items) }));
  }
}
