import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Observable, forkJoin, map, of } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiIdentityRolesGet } from '../../../api/generated/fn/roles/api-identity-roles-get';
import { apiIdentityRolesIdPut } from '../../../api/generated/fn/roles/api-identity-roles-id-put';
import { apiIdentityRolesPermissionDefinitionsGet } from '../../../api/generated/fn/roles/api-identity-roles-permission-definitions-get';
import { apiIdentityRolesPost } from '../../../api/generated/fn/roles/api-identity-roles-post';
import { PermissionDefinitionDto } from '../../../api/generated/models/permission-definition-dto';
import { RoleDto } from '../../../api/generated/models/role-dto';
import { ConfigService } from '../../../core/config/config.service';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { groupBy } from '../../../shared/group-by';
import { isFixedRole } from '../role-rules';

/** Everything the editor shows, loaded together: the permissions a role can hold, and the role (none when new). */
interface EditorData {
  readonly definitions: PermissionDefinitionDto[];
  readonly role: RoleDto | null;
}

/** The name, and one checkbox per permission definition, in the definitions' order. */
type RoleForm = FormGroup<{
  name: FormControl<string>;
  permissions: FormArray<FormControl<boolean>>;
}>;

/**
 * Creates a role, or edits one: its name and its permissions, one checkbox each, grouped as the host groups
 * them. Permissions the plan lacks are marked "not in your plan" (granting them has no effect until it has
 * them). Read-only without the edit permission, and for the owner role.
 */
@Component({
  selector: 'app-role-editor',
  imports: [
    ControlErrors,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './role-editor.html',
  styleUrl: './role-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleEditor {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly notifier = inject(ProblemNotifier);
  private readonly router = inject(Router);

  /** The role's id from the route; absent on /tenant/roles/new. */
  readonly id = input<string>();

  protected readonly isNew = computed(() => !this.id());
  protected readonly saving = signal(false);

  protected readonly data = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) => this.load(params.id),
  });

  private readonly loaded = computed<EditorData | undefined>(() =>
    this.data.hasValue() ? this.data.value() : undefined,
  );
  protected readonly role = computed(() => this.loaded()?.role ?? null);
  /** An id that names no role (deleted meanwhile, or a mistyped address). */
  protected readonly missing = computed(() => !this.isNew() && !!this.loaded() && !this.role());
  protected readonly fixed = computed(() => {
    const role = this.role();
    return !!role && isFixedRole(role);
  });
  protected readonly readOnly = computed(
    () => this.fixed() || (!this.isNew() && !this.config.isGranted(Permissions.RolesEdit)),
  );
  private readonly definitions = computed(() => this.loaded()?.definitions ?? []);
  protected readonly groups = computed(() =>
    groupBy(this.definitions(), (definition) => definition.group),
  );
  protected readonly title = computed(() => {
    const role = this.role();
    if (!role) {
      return this.isNew() ? 'New role' : 'Role';
    }
    return this.readOnly() ? `Role ${role.name}` : `Edit ${role.name}`;
  });

  /** A fresh form whenever the data (re)loads. */
  protected readonly form = linkedSignal<EditorData | undefined, RoleForm>({
    source: this.loaded,
    computation: (data) => this.createForm(data),
  });

  constructor() {
    effect(() => {
      const error = this.data.error();
      if (error) {
        this.notifier.notify(error);
      }
    });
  }

  /** The checkbox of one permission. */
  protected permissionControl(definition: PermissionDefinitionDto): FormControl<boolean> {
    return this.form().controls.permissions.at(this.definitions().indexOf(definition));
  }

  protected save(): void {
    const form = this.form();
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    const { name, permissions } = form.getRawValue();
    const granted = this.definitions()
      .filter((_, index) => permissions[index])
      .map((definition) => definition.name);
    const role = this.role();
    const request: Observable<RoleDto> = role
      ? this.api.invoke(apiIdentityRolesIdPut, {
          id: role.id!,
          body: { name, permissions: granted, concurrencyStamp: role.concurrencyStamp },
        })
      : this.api.invoke(apiIdentityRolesPost, { body: { name, permissions: granted } });
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.notifier.success(`${saved.name} is saved.`);
        void this.router.navigate(['/tenant/roles']);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.notifier.notifyForm(error, form);
      },
    });
  }

  private load(id: string | undefined): Observable<EditorData> {
    return forkJoin({
      definitions: this.api.invoke(apiIdentityRolesPermissionDefinitionsGet),
      // There is no GET by id: the list is short, and carries the permissions.
      role: id
        ? this.api
            .invoke(apiIdentityRolesGet)
            .pipe(map((roles) => roles.find((r) => r.id === id) ?? null))
        : of(null),
    });
  }

  private createForm(data: EditorData | undefined): RoleForm {
    const role = data?.role;
    const held = new Set(role?.permissions ?? []);
    // Permission names have dots, which form group keys may not: an array, in the definitions' order.
    const permissions = (data?.definitions ?? []).map(
      (definition) => new FormControl(held.has(definition.name), { nonNullable: true }),
    );
    const form: RoleForm = new FormGroup({
      name: new FormControl(role?.name ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(128)],
      }),
      permissions: new FormArray(permissions),
    });
    if (this.readOnly()) {
      form.disable();
    } else if (role?.isStatic) {
      // The built-in roles keep their names; the staff role's permissions can change.
      form.controls.name.disable();
    }
    return form;
  }
}
