import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { filter, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiIdentityRolesGet } from '../../../api/generated/fn/roles/api-identity-roles-get';
import { apiIdentityRolesIdDelete } from '../../../api/generated/fn/roles/api-identity-roles-id-delete';
import { RoleDto } from '../../../api/generated/models/role-dto';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { isFixedRole } from '../role-rules';

/** The store's roles and how many permissions each holds; the built-in ones cannot be deleted. */
@Component({
  selector: 'app-role-list',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, RouterLink],
  templateUrl: './role-list.html',
  styleUrl: './role-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleList {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);

  protected readonly columns = ['name', 'permissions', 'actions'];
  protected readonly canCreate = computed(() => this.config.isGranted(Permissions.RolesCreate));
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.RolesEdit));
  protected readonly canDelete = computed(() => this.config.isGranted(Permissions.RolesDelete));

  protected readonly roles = rxResource({ stream: () => this.api.invoke(apiIdentityRolesGet) });
  protected readonly rows = computed(() => (this.roles.hasValue() ? this.roles.value() : []));

  constructor() {
    effect(() => {
      const error = this.roles.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  /** "Edit" where the user may change the role, "View" otherwise (the owner role is fixed). */
  protected openLabel(role: RoleDto): string {
    return this.canEdit() && !isFixedRole(role) ? 'Edit' : 'View';
  }

  protected permissionCount(role: RoleDto): string {
    const count = role.permissions?.length ?? 0;
    return count === 1 ? '1 permission' : `${count} permissions`;
  }

  /** Asks, then deletes; a role members still hold is refused (409 RoleInUse), and the host says why. */
  protected delete(role: RoleDto): void {
    const data: ConfirmDialogData = {
      title: `Delete ${role.name}?`,
      message: 'The role is removed for good. Roles that members still hold cannot be deleted.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.api.invoke(apiIdentityRolesIdDelete, { id: role.id! })),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${role.name} is deleted.`);
          this.roles.reload();
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }
}
