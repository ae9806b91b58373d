import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { switchMap } from 'rxjs';

import { Api } from '../api/generated/api';
import { apiCatalogProductTransfersExportGet } from '../api/generated/fn/product-transfers/api-catalog-product-transfers-export-get';
import { apiCatalogProductTransfersImportsGet } from '../api/generated/fn/product-transfers/api-catalog-product-transfers-imports-get';
import { apiCatalogProductTransfersImportsIdGet } from '../api/generated/fn/product-transfers/api-catalog-product-transfers-imports-id-get';
import { apiCatalogProductTransfersImportsPost } from '../api/generated/fn/product-transfers/api-catalog-product-transfers-imports-post';
import { IFormFile } from '../api/generated/models/i-form-file';
import { ProductImportDto } from '../api/generated/models/product-import-dto';
import { ConfigService } from '../core/config/config.service';
import { ProblemNotifier } from '../core/errors/problem-notifier';
import { Permissions } from '../core/permissions/permissions';
import { isFinished, pollImport, progressPercent } from './import-progress';

/**
 * Products in and out as CSV: "Export CSV" downloads every product and variant; "Import CSV" uploads a file, follows
 * its import with a progress bar until it ends, then shows what it created and updated, or every row error (a
 * failed import has written nothing). Below, the recent imports.
 */
@Component({
  selector: 'app-catalog-transfers',
  imports: [DatePipe, MatButtonModule, MatProgressBarModule, MatTableModule],
  templateUrl: './catalog-transfers.html',
  styleUrl: './catalog-transfers.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CatalogTransfers {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly notifier = inject(ProblemNotifier);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly canImport = computed(() => this.config.isGranted(Permissions.ProductsImport));
  protected readonly canExport = computed(() => this.config.isGranted(Permissions.ProductsExport));
  protected readonly errorColumns = ['row', 'column', 'message'];
  protected readonly importColumns = ['fileName', 'status', 'rows', 'outcome', 'creationTime'];

  /** The import this page started, as last polled. */
  protected readonly current = signal<ProductImportDto | null>(null);
  protected readonly uploading = signal(false);
  protected readonly exporting = signal(false);
  protected readonly running = computed(() => {
    const current = this.current();
    return this.uploading() || (current !== null && !isFinished(current));
  });
  protected readonly percent = computed(() => {
    const current = this.current();
    return current ? progressPercent(current) : 0;
  });

  /** Recent imports, for those who may import (reading them needs the same permission). */
  protected readonly imports = rxResource({
    params: () => (this.canImport() ? { MaxResultCount: 10 } : undefined),
    stream: ({ params }) => this.api.invoke(apiCatalogProductTransfersImportsGet, params),
  });
  protected readonly recent = computed(() =>
    this.imports.hasValue() ? (this.imports.value().items ?? []) : [],
  );

  constructor() {
    effect(() => {
      const error = this.imports.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  /** Downloads the file the host writes, named as it names it. */
  protected export(): void {
    this.exporting.set(true);
    this.api.invoke(apiCatalogProductTransfersExportGet).subscribe({
      next: (csv) => {
        this.exporting.set(false);
        // The text arrives decoded, without the byte order mark that tells spreadsheets the file is UTF-8.
        const url = URL.createObjectURL(
          new Blob(['\uFEFF', csv as unknown as string], { type: 'text/csv' }),
        );
        const link = document.createElement('a');
        link.href = url;
        link.download = 'products.csv';
        link.click();
        URL.revokeObjectURL(url);
      },
      error: (error: unknown) => {
        this.exporting.set(false);
        this.notifier.notify(error);
      },
    });
  }

  /** Uploads the chosen file, then polls its import until it has succeeded or failed. */
  protected import(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    this.uploading.set(true);
    this.current.set(null);
    this.api
      .invoke(apiCatalogProductTransfersImportsPost, {
        body: { file: file as unknown as IFormFile },
      })
      .pipe(
        switchMap((started) => {
          this.uploading.set(false);
          this.current.set(started);
          return pollImport(() =>
            this.api.invoke(apiCatalogProductTransfersImportsIdGet, { id: started.id! }),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (state) => this.current.set(state),
        error: (error: unknown) => {
          this.uploading.set(false);
          this.notifier.notify(error);
        },
        complete: () => this.imports.reload(),
      });
  }
}
