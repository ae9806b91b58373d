import { Observable, switchMap, takeWhile, timer } from 'rxjs';

import { ProductImportStatus } from '../api/generated/models/product-import-status';

/** What the page reads of an import while it polls it (ProductImportDto; numbers may arrive as strings). */
export interface ImportState {
  readonly status?: ProductImportStatus;
  readonly totalRows?: number | string;
  readonly processedRows?: number | string;
}

/** How often a running import is asked for its progress. */
export const POLL_INTERVAL_MS = 1000;

export function isFinished(state: ImportState): boolean {
  return state.status === 'Succeeded' || state.status === 'Failed';
}

/** 0–100: the rows checked, then written, of those the file has; a finished import is at 100. */
export function progressPercent(state: ImportState): number {
  if (isFinished(state)) {
    return 100;
  }
  const total = Number(state.totalRows ?? 0);
  const processed = Number(state.processedRows ?? 0);
  if (!(total > 0)) {
    return 0;
  }
  return Math.min(100, Math.floor((processed * 100) / total));
}

/**
 * Asks for the import at once and then every interval, emitting each answer, until one says the import has
 * finished (that one is emitted too, then the stream completes). A slow answer is dropped for the next one.
 */
export function pollImport<T extends ImportState>(
  fetch: () => Observable<T>,
  intervalMs = POLL_INTERVAL_MS,
): Observable<T> {
  return timer(0, intervalMs).pipe(
    switchMap(() => fetch()),
    takeWhile((state) => !isFinished(state), true),
  );
}
