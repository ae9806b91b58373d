import { ChangeDetectionStrategy, Component, Signal, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Api } from '../../../api/generated/api';
import { apiIdentityUsersPost } from '../../../api/generated/fn/staff/api-identity-users-post';
import { UserDto } from '../../../api/generated/models/user-dto';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { RoleChoices } from '../role-choices/role-choices';
import { DEFAULT_MEMBER_ROLE } from '../staff-roles';

export interface InviteDialogData {
  /** The store's role names; a signal, as they may still be loading when the dialog opens. */
  readonly roles: Signal<readonly string[]>;
}

/**
 * Invites a member by email (the host emails a link to set a password); closes with the new member. Past the
 * plan's staff limit the host refuses (403) and its title says so.
 */
@Component({
  selector: 'app-invite-dialog',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RoleChoices,
  ],
  templateUrl: './invite-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InviteDialog {
  private readonly api = inject(Api);
  private readonly dialogRef = inject<MatDialogRef<InviteDialog, UserDto>>(MatDialogRef);
  private readonly notifier = inject(ProblemNotifier);
  protected readonly data = inject<InviteDialogData>(MAT_DIALOG_DATA);

  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(256)],
    }),
    name: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(128)] }),
    roles: new FormControl<string[]>([DEFAULT_MEMBER_ROLE], { nonNullable: true }),
  });

  protected invite(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { email, name, roles } = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .invoke(apiIdentityUsersPost, {
        body: { email: email.trim(), name: name.trim() || null, roles },
      })
      .subscribe({
        next: (member) => this.dialogRef.close(member),
        error: (error: unknown) => {
          this.saving.set(false);
          this.notifier.notifyForm(error, this.form);
        },
      });
  }
}
