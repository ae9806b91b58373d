import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { Observable, filter, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiIdentityRolesGet } from '../../../api/generated/fn/roles/api-identity-roles-get';
import { apiIdentityUsersGet } from '../../../api/generated/fn/staff/api-identity-users-get';
import { apiIdentityUsersIdDelete } from '../../../api/generated/fn/staff/api-identity-users-id-delete';
import { apiIdentityUsersIdDisablePost } from '../../../api/generated/fn/staff/api-identity-users-id-disable-post';
import { apiIdentityUsersIdEnablePost } from '../../../api/generated/fn/staff/api-identity-users-id-enable-post';
import { UserDto } from '../../../api/generated/models/user-dto';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { PagedTable, debouncedSearch } from '../../../shared/paged-table/paged-table';
import { PagedTablePaginator } from '../../../shared/paged-table/paged-table-paginator';
import { InviteDialog, InviteDialogData } from '../invite-dialog/invite-dialog';
import { MemberDialog, MemberDialogData } from '../member-dialog/member-dialog';
import { MemberStatus, memberStatus, roleNames } from '../staff-roles';

export const STAFF_PAGE_SIZES = [10, 25, 50, 100];

/**
 * The store's staff: server-side paging and email search; invite, edit, disable/enable and remove, each shown
 * only with its permission. Refusals (the last owner, the plan's staff limit) show the host's title.
 */
@Component({
  selector: 'app-staff-list',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    PagedTablePaginator,
    MatProgressBarModule,
    MatTableModule,
  ],
  templateUrl: './staff-list.html',
  styleUrl: './staff-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly pageSizes = STAFF_PAGE_SIZES;

  protected readonly canInvite = computed(() => this.config.isGranted(Permissions.UsersCreate));
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.UsersEdit));
  protected readonly canRemove = computed(() => this.config.isGranted(Permissions.UsersDelete));
  /** No actions column for users who may only look. */
  protected readonly columns = computed(() => [
    'email',
    'name',
    'roles',
    'status',
    ...(this.canEdit() || this.canRemove() ? ['actions'] : []),
  ]);

  /** What is typed in the search box; the request follows it after a short pause. */
  protected readonly search = signal('');
  private readonly filter = debouncedSearch(this.search);

  protected readonly members = new PagedTable({
    filters: () => this.filter(),
    load: (filter, page) =>
      this.api.invoke(apiIdentityUsersGet, {
        Filter: filter || undefined,
        SkipCount: page.index * page.size,
        MaxResultCount: page.size,
      }),
  });

  /** The store's roles, for the dialogs; read only by users who may see roles. */
  private readonly roles = rxResource({
    params: () => this.config.isGranted(Permissions.Roles) || undefined,
    stream: () => this.api.invoke(apiIdentityRolesGet),
  });
  private readonly roleNames = computed(() =>
    roleNames(this.roles.hasValue() ? this.roles.value() : undefined, this.members.rows()),
  );

  protected readonly trackById = (_: number, member: UserDto) => member.id;

  protected statusOf(member: UserDto): MemberStatus {
    return memberStatus(member);
  }

  protected invite(): void {
    const data: InviteDialogData = { roles: this.roleNames };
    this.dialog
      .open(InviteDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((member?: UserDto) => {
        if (member) {
          this.notifier.success(`Invitation sent to ${member.email}.`);
          this.members.reload();
        }
      });
  }

  protected edit(member: UserDto): void {
    const data: MemberDialogData = { member, roles: this.roleNames };
    this.dialog
      .open(MemberDialog, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((saved?: UserDto) => {
        if (saved) {
          this.notifier.success(`${saved.email} is saved.`);
          this.members.reload();
        }
      });
  }

  protected disable(member: UserDto): void {
    this.run(
      this.api.invoke(apiIdentityUsersIdDisablePost, { id: member.id! }),
      `${member.email} is disabled.`,
    );
  }

  protected enable(member: UserDto): void {
    this.run(
      this.api.invoke(apiIdentityUsersIdEnablePost, { id: member.id! }),
      `${member.email} is enabled.`,
    );
  }

  /** Asks, then removes; the store's last owner is refused (409), and the host says why. */
  protected remove(member: UserDto): void {
    const data: ConfirmDialogData = {
      title: `Remove ${member.email}?`,
      message: 'The member can no longer sign in, and is removed from the staff for good.',
      confirm: 'Remove',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.invoke(apiIdentityUsersIdDelete, { id: member.id! })),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${member.email} is removed.`);
          this.members.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private run(request: Observable<unknown>, done: string): void {
    request.subscribe({
      next: () => {
        this.notifier.success(done);
        this.members.reload();
      },
      error: (error: unknown) => this.notifier.notify(error),
    });
  }
}
