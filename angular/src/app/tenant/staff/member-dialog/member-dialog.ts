import { ChangeDetectionStrategy, Component, Signal, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Api } from '../../../api/generated/api';
import { apiIdentityUsersIdPut } from '../../../api/generated/fn/staff/api-identity-users-id-put';
import { UserDto } from '../../../api/generated/models/user-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { RoleChoices } from '../role-choices/role-choices';

export interface MemberDialogData {
  readonly member: UserDto;
  /** The store's role names; a signal, as they may still be loading when the dialog opens. */
  readonly roles: Signal<readonly string[]>;
}

/**
 * Changes a member's name and roles; closes with the saved member. The host keeps one active owner (409
 * LastOwner) and refuses a stale member (409): both titles show in a snack bar.
 */
@Component({
  selector: 'app-member-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RoleChoices,
  ],
  templateUrl: './member-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<MemberDialog, UserDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly data = inject<MemberDialogData>(MAT_DIALOG_DATA);

  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    name: new FormControl(this.data.member.name ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(128)],
    }),
    roles: new FormControl<string[]>([...(this.data.member.roles ?? [])], { nonNullable: true }),
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, roles } = this.form.getRawValue();
    const member = this.data.member;
    this.saving.set(true);
    this.api
      .invoke(apiIdentityUsersIdPut, {
        id: member.id!,
        body: { name: name.trim() || null, roles, concurrencyStamp: member.concurrencyStamp },
      })
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.saving.set(false);
          this.notifier.notifyForm(error, this.form);
        },
      });
  }
}
