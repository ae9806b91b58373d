import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiHostFeaturesEditionsGet } from '../../../api/generated/fn/editions/api-host-features-editions-get';
import { apiHostMultiTenancyTenantsGet } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-get';
import { apiHostMultiTenancyTenantsIdDelete } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-id-delete';
import { apiHostMultiTenancyTenantsIdReactivatePost } from '../../../api/generated/fn/tenants/api-host-multi-tenancy-tenants-id-reactivate-post';
import { EditionDto } from '../../../api/generated/models/edition-dto';
import { TenantDto } from '../../../api/generated/models/tenant-dto';
import { TenantStatus } from '../../../api/generated/models/tenant-status';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { PagedTable, debouncedSearch } from '../../../shared/paged-table/paged-table';
import { PagedTablePaginator } from '../../../shared/paged-table/paged-table-paginator';
import { SuspendDialog } from '../suspend-dialog/suspend-dialog';
import { TenantDialog, TenantDialogData } from '../tenant-dialog/tenant-dialog';

/** The statuses to filter by, as the host names them. */
export const TENANT_STATUSES: readonly TenantStatus[] = ['Active', 'Suspended'];
export const TENANT_PAGE_SIZES = [10, 25, 50, 100];

/** Center Control's tenant list: server-side paging, search and status filter, and the actions on a tenant. */
@Component({
  selector: 'app-tenant-list',
  imports: [
    DatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    PagedTablePaginator,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
  ],
  templateUrl: './tenant-list.html',
  styleUrl: './tenant-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenantList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly statuses = TENANT_STATUSES;
  protected readonly pageSizes = TENANT_PAGE_SIZES;
  protected readonly columns = ['name', 'slug', 'edition', 'status', 'creationTime', 'actions'];

  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.TenantsCreate));
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.TenantsEdit));
  protected readonly canSuspend = computed(() => this.config.isGranted(Permissions.TenantsSuspend));
  protected readonly canDelete = computed(() => this.config.isGranted(Permissions.TenantsDelete));
  protected readonly canSeePolicies = computed(() => this.config.isGranted(Permissions.Policies));
  protected readonly canManageFeatures = computed(() =>
    this.config.isGranted(Permissions.TenantsManageFeatures),
  );

  /** What is typed in the search box; the request follows it after a short pause. */
  protected readonly search = signal('');
  private readonly filter = debouncedSearch(this.search);
  protected readonly status = signal<TenantStatus | ''>('');

  protected readonly tenants = new PagedTable({
    filters: () => ({ filter: this.filter(), status: this.status() }),
    load: (filters, page) =>
      this.api.invoke(apiHostMultiTenancyTenantsGet, {
        Filter: filters.filter || undefined,
        Status: filters.status || undefined,
        SkipCount: page.index * page.size,
        MaxResultCount: page.size,
      }),
  });

  private readonly editions = rxResource({
    params: () => this.config.isGranted(Permissions.Editions) || undefined,
    stream: () => this.api.invoke(apiHostFeaturesEditionsGet),
  });
  private readonly editionList = computed<EditionDto[]>(() =>
    this.editions.hasValue() ? (this.editions.value() ?? []) : [],
  );
  private readonly editionNames = computed(
    () => new Map(this.editionList().map((e) => [e.id, e.displayName])),
  );

  /** Keeps a row (and an open menu on it) when a reload brings the same tenant back. */
  protected readonly trackById = (_: number, tenant: TenantDto) => tenant.id;

  protected statusOf(tenant: TenantDto): TenantStatus {
    return tenant.status ?? 'Active';
  }

  protected editionName(tenant: TenantDto): string {
    return tenant.editionId ? (this.editionNames().get(tenant.editionId) ?? '—') : 'None';
  }

  protected create(): void {
    this.openTenantDialog({ editions: this.editionList });
  }

  protected edit(tenant: TenantDto): void {
    this.openTenantDialog({ tenant, editions: this.editionList });
  }

  protected suspend(tenant: TenantDto): void {
    this.dialog
      .open(SuspendDialog, { data: tenant, width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((suspended) => {
        if (suspended) {
          this.notifier.success(`${tenant.name} is suspended.`);
          this.tenants.reload();
        }
      });
  }

  protected reactivate(tenant: TenantDto): void {
    this.api.invoke(apiHostMultiTenancyTenantsIdReactivatePost, { id: tenant.id! }).subscribe({
      next: () => {
        this.notifier.success(`${tenant.name} is active again.`);
        this.tenants.reload();
      },
      error: (error: unknown) => this.notifier.notify(error),
    });
  }

  /** Asks, then deletes: the store closes at once and its data is purged after the retention days. */
  protected delete(tenant: TenantDto): void {
    const data: ConfirmDialogData = {
      title: `Delete ${tenant.name}?`,
      message:
        'The store closes at once: its users can no longer sign in and its storefronts stop answering. ' +
        'Its data is purged after the data-retention days of its policies.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.invoke(apiHostMultiTenancyTenantsIdDelete, { id: tenant.id! })),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${tenant.name} is deleted.`);
          this.tenants.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private openTenantDialog(data: TenantDialogData): void {
    this.dialog
      .open(TenantDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: TenantDto) => {
        if (saved) {
          this.notifier.success(
            data.tenant ? `${saved.name} is saved.` : `${saved.name} is created.`,
          );
          this.tenants.reload();
        }
      });
  }
}
