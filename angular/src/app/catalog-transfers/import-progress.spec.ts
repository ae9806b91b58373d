import { Observable, of } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';

import { ProductImportStatus } from '../api/generated/models/product-import-status';
import { ImportState, isFinished, pollImport, progressPercent } from './import-progress';

function state(status: ProductImportStatus, processedRows = 0, totalRows = 10): ImportState {
  return { status, processedRows, totalRows };
}

describe('progressPercent', () => {
  it('is 0 until the file has been read', () => {
    expect(progressPercent(state('Queued', 0, 0))).toBe(0);
  });

  it('follows the processed rows while running', () => {
    expect(progressPercent(state('Running', 3, 10))).toBe(30);
    expect(progressPercent(state('Running', 2, 3))).toBe(66);
  });

  it('is 100 once the import has finished, failed or not', () => {
    expect(progressPercent(state('Succeeded', 10, 10))).toBe(100);
    expect(progressPercent(state('Failed', 0, 10))).toBe(100);
  });
});

describe('pollImport', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  });

  it('asks at once and every interval, and stops after the answer that says it has finished', () => {
    scheduler.run(({ expectObservable }) => {
      const answers = [state('Queued'), state('Running', 5), state('Succeeded', 10)];
      let calls = 0;
      const fetch = (): Observable<ImportState> => of(answers[calls++]);

      expectObservable(pollImport(fetch, 1000)).toBe('a 999ms b 999ms (c|)', {
        a: answers[0],
        b: answers[1],
        c: answers[2],
      });
    });
  });

  it('stops at once for an import that has failed already', () => {
    scheduler.run(({ expectObservable }) => {
      expectObservable(pollImport(() => of(state('Failed')), 1000)).toBe('(a|)', {
        a: state('Failed'),
      });
    });
  });

  it('knows which statuses are final', () => {
    expect(isFinished(state('Queued'))).toBe(false);
    expect(isFinished(state('Running'))).toBe(false);
    expect(isFinished(state('Succeeded'))).toBe(true);
    expect(isFinished(state('Failed'))).toBe(true);
  });
});
