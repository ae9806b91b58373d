import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, provideRouter } from '@angular/router';

import { ApplicationConfigurationDto } from '../../../api/generated/models/application-configuration-dto';
import { PermissionDefinitionDto } from '../../../api/generated/models/permission-definition-dto';
import { RoleDto } from '../../../api/generated/models/role-dto';
import { Permissions } from '../../../core/permissions/permissions';
import {
  STORE_OWNER,
  STORE_STAFF,
  loadConfiguration,
  withPermissions,
} from '../../../testing/application-configurations';
import { byText, click, type } from '../../../testing/dom';
import { RoleEditor } from './role-editor';

const DEFINITIONS: PermissionDefinitionDto[] = [
  { name: 'Commerce.Identity.Users', displayName: 'See staff', group: 'Staff', isAvailable: true },
  {
    name: 'Commerce.Identity.Users.Create',
    displayName: 'Invite staff',
    group: 'Staff',
    isAvailable: true,
  },
  { name: 'Commerce.Loyalty', displayName: 'Loyalty', group: 'Marketing', isAvailable: false },
];

const ROLES: RoleDto[] = [
  { id: 'r1', name: 'owner', isStatic: true, permissions: [], concurrencyStamp: '1' },
  { id: 'r2', name: 'staff', isStatic: true, permissions: [], concurrencyStamp: '2' },
  {
    id: 'r3',
    name: 'packer',
    isStatic: false,
    permissions: ['Commerce.Identity.Users'],
    concurrencyStamp: '3',
  },
];

describe('RoleEditor', () => {
  let fixture: ComponentFixture<RoleEditor>;
  let backend: HttpTestingController;

  async function render(configuration: ApplicationConfigurationDto, id?: string): Promise<void> {
    TestBed.configureTestingModule({
      imports: [RoleEditor],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(RoleEditor);
    if (id) {
      fixture.componentRef.setInput('id', id);
    }
    TestBed.tick();
    backend.expectOne('/api/identity/roles/permission-definitions').flush(DEFINITIONS);
    if (id) {
      backend.expectOne('/api/identity/roles').flush(ROLES);
    }
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function checkbox(name: string): HTMLInputElement {
    return element().querySelector(`[data-permission="${name}"] input`) as HTMLInputElement;
  }

  function nameInput(): HTMLInputElement {
    return element().querySelector('input[formcontrolname="name"]') as HTMLInputElement;
  }

  it('groups the permissions as the host does and marks those the plan lacks', async () => {
    await render(STORE_OWNER);
    expect(element().querySelector('h1')?.textContent).toBe('New role');
    const legends = Array.from(element().querySelectorAll('legend')).map((l) => l.textContent);
    expect(legends).toEqual(['Staff', 'Marketing']);
    const loyalty = element().querySelector('[data-permission="Commerce.Loyalty"]');
    expect(loyalty?.textContent).toContain('(not in your plan)');
    expect(
      element().querySelector('[data-permission="Commerce.Identity.Users"]')?.textContent,
    ).not.toContain('not in your plan');
  });

  it('creates a role with the name and the ticked permissions', async () => {
    await render(STORE_OWNER);
    type(nameInput(), 'readers');
    click(checkbox('Commerce.Identity.Users'));
    click(byText(element(), 'button', 'Save'));

    const request = backend.expectOne('/api/identity/roles');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'readers',
      permissions: ['Commerce.Identity.Users'],
    });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    request.flush({ ...ROLES[2], name: 'readers' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/tenant/roles']);
  });

  it("edits a role's permissions with its concurrency stamp", async () => {
    await render(STORE_OWNER, 'r3');
    expect(element().querySelector('h1')?.textContent).toBe('Edit packer');
    expect(checkbox('Commerce.Identity.Users').checked).toBe(true);
    click(checkbox('Commerce.Identity.Users.Create'));
    click(byText(element(), 'button', 'Save'));

    const request = backend.expectOne('/api/identity/roles/r3');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      name: 'packer',
      permissions: ['Commerce.Identity.Users', 'Commerce.Identity.Users.Create'],
      concurrencyStamp: '3',
    });
    vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    request.flush(ROLES[2]);
    await fixture.whenStable();
  });

  it("keeps a built-in role's name", async () => {
    await render(STORE_OWNER, 'r2');
    expect(nameInput().disabled).toBe(true);
    expect(checkbox('Commerce.Identity.Users').disabled).toBe(false);
  });

  it('shows the owner role read-only, without Save', async () => {
    await render(STORE_OWNER, 'r1');
    expect(element().querySelector('h1')?.textContent).toBe('Role owner');
    expect(element().textContent).toContain('cannot be renamed or changed');
    expect(checkbox('Commerce.Identity.Users').disabled).toBe(true);
    expect(byText(element(), 'button', 'Save')).toBeUndefined();
  });

  it('shows roles read-only to users who may not edit them', async () => {
    await render(withPermissions(STORE_STAFF, [Permissions.Roles]), 'r3');
    expect(element().querySelector('h1')?.textContent).toBe('Role packer');
    expect(nameInput().disabled).toBe(true);
    expect(byText(element(), 'button', 'Save')).toBeUndefined();
  });

  it('says so when the role does not exist', async () => {
    await render(STORE_OWNER, 'gone');
    expect(element().textContent).toContain('This role does not exist any more.');
    expect(element().querySelector('form')).toBeNull();
  });
});
