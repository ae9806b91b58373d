import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Subject } from 'rxjs';

import { ProblemNotifier } from '../../core/errors/problem-notifier';
import {
  PageState,
  PagedResponse,
  PagedTable,
  SEARCH_DEBOUNCE_MS,
  debouncedSearch,
} from './paged-table';

interface Request {
  readonly filters: { status: string };
  readonly page: PageState;
  readonly answer: Subject<PagedResponse<string>>;
}

describe('PagedTable', () => {
  let requests: Request[];
  let status: ReturnType<typeof signal<string>>;
  let table: PagedTable<{ status: string }, string>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    requests = [];
    status = signal('');
    table = TestBed.runInInjectionContext(
      () =>
        new PagedTable({
          filters: () => ({ status: status() }),
          load: (filters, page) => {
            const answer = new Subject<PagedResponse<string>>();
            requests.push({ filters, page, answer });
            return answer;
          },
        }),
    );
    TestBed.tick();
  });

  /** Answers the last request and lets the resource take the answer in (it does so in a microtask). */
  async function answer(items: string[], totalCount: number | string): Promise<void> {
    const request = requests.at(-1)!;
    request.answer.next({ items, totalCount });
    request.answer.complete();
    await TestBed.inject(ApplicationRef).whenStable();
  }

  it('asks for the first page of 25 and shows what arrives, the count as a number', async () => {
    expect(requests.map((r) => r.page)).toEqual([{ index: 0, size: 25 }]);
    expect(table.isLoading()).toBe(true);
    expect(table.rows()).toEqual([]);

    await answer(['a', 'b'], '42');

    expect(table.isLoading()).toBe(false);
    expect(table.rows()).toEqual(['a', 'b']);
    expect(table.totalCount()).toBe(42);
  });

  it('keeps the last page on screen while the next one loads', async () => {
    await answer(['a', 'b'], 4);
    // The table reads its rows at every change detection; what it last read stays while the next page loads.
    expect(table.rows()).toEqual(['a', 'b']);

    table.pageChanged({ pageIndex: 1, pageSize: 25, length: 4 });
    TestBed.tick();

    expect(requests.at(-1)!.page).toEqual({ index: 1, size: 25 });
    expect(table.isLoading()).toBe(true);
    expect(table.rows()).toEqual(['a', 'b']);
    await answer(['c', 'd'], 4);
    expect(table.rows()).toEqual(['c', 'd']);
  });

  it('goes back to the first page when a filter changes, keeping the page size', async () => {
    await answer(['a'], 300);
    table.pageChanged({ pageIndex: 3, pageSize: 50, length: 300 });
    TestBed.tick();
    await answer(['b'], 300);

    status.set('Active');
    TestBed.tick();

    expect(table.page()).toEqual({ index: 0, size: 50 });
    expect(requests.at(-1)).toMatchObject({
      filters: { status: 'Active' },
      page: { index: 0, size: 50 },
    });
  });

  it('asks again on reload, and changes rows in place without asking', async () => {
    await answer(['a', 'b'], 2);

    table.updateRows((items) => items.map((i) => (i === 'b' ? 'B' : i)));
    expect(table.rows()).toEqual(['a', 'B']);
    expect(requests.length).toBe(1);

    table.reload();
    TestBed.tick();
    expect(requests.length).toBe(2);
    expect(requests[1].page).toEqual({ index: 0, size: 25 });
  });

  it('shows a failed request as a problem and keeps the rows it had', async () => {
    const notify = vi.spyOn(TestBed.inject(ProblemNotifier), 'notify');
    await answer(['a'], 1);
    expect(table.rows()).toEqual(['a']);

    table.reload();
    TestBed.tick();
    requests.at(-1)!.answer.error(new Error('offline'));
    await TestBed.inject(ApplicationRef).whenStable();

    expect(notify).toHaveBeenCalledTimes(1);
    expect(table.rows()).toEqual(['a']);
  });

  it('begins with the page size it is given', () => {
    const sized = TestBed.runInInjectionContext(
      () =>
        new PagedTable<number, string>({
          filters: () => 0,
          load: () => new Subject<PagedResponse<string>>(),
          pageSize: 10,
        }),
    );
    expect(sized.page()).toEqual({ index: 0, size: 10 });
  });
});

describe('debouncedSearch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows the text trimmed, only after a pause', () => {
    const text = signal('');
    const search = TestBed.runInInjectionContext(() => debouncedSearch(text));
    TestBed.tick();

    text.set('  mug ');
    TestBed.tick();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    expect(search()).toBe('');

    text.set('  mugs ');
    TestBed.tick();
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(search()).toBe('mugs');
  });
});
