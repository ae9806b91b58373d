import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';

import { ApplicationConfigurationDto } from '../../../api/generated/models/application-configuration-dto';
import { RoleDto } from '../../../api/generated/models/role-dto';
import { Permissions } from '../../../core/permissions/permissions';
import {
  STORE_OWNER,
  STORE_STAFF,
  loadConfiguration,
  withPermissions,
} from '../../../testing/application-configurations';
import { byText, click } from '../../../testing/dom';
import { problem } from '../../../testing/problems';
import { RoleList } from './role-list';

const ROLES: RoleDto[] = [
  { id: 'r1', name: 'owner', isStatic: true, permissions: ['a', 'b', 'c'], concurrencyStamp: '1' },
  { id: 'r2', name: 'staff', isStatic: true, permissions: [], concurrencyStamp: '2' },
  { id: 'r3', name: 'packer', isStatic: false, permissions: ['a'], concurrencyStamp: '3' },
];

describe('RoleList', () => {
  let fixture: ComponentFixture<RoleList>;
  let backend: HttpTestingController;
  let snackBar: ReturnType<typeof vi.fn>;

  async function render(configuration: ApplicationConfigurationDto): Promise<void> {
    snackBar = vi.fn();
    // jsdom lays nothing out, so the CDK finds no focusable element for cdkFocusInitial and warns.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      imports: [RoleList],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatSnackBar, useValue: { open: snackBar } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(RoleList);
    TestBed.tick();
    backend.expectOne('/api/identity/roles').flush(ROLES);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function links(): string[] {
    return Array.from(element().querySelectorAll('td a')).map(
      (a) => a.getAttribute('aria-label') ?? '',
    );
  }

  it('lists the roles with their permission counts; built-in ones cannot be deleted', async () => {
    await render(STORE_OWNER);
    const rows = Array.from(element().querySelectorAll('tr.mat-mdc-row')).map((row) =>
      row.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).toContain('owner Built-in');
    expect(rows[0]).toContain('3 permissions');
    expect(rows[2]).toContain('1 permission');
    expect(links()).toEqual(['View owner', 'Edit staff', 'Edit packer']);
    const deletes = Array.from(element().querySelectorAll('td button')).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(deletes).toEqual(['Delete packer']);
    expect(byText(element(), 'a', 'New role')).toBeDefined();
  });

  it('only lets a user without the other role permissions look', async () => {
    await render(withPermissions(STORE_STAFF, [Permissions.Roles]));
    expect(links()).toEqual(['View owner', 'View staff', 'View packer']);
    expect(element().querySelector('td button')).toBeNull();
    expect(byText(element(), 'a', 'New role')).toBeUndefined();
  });

  it('asks before deleting, and shows why a role members hold stays', async () => {
    await render(STORE_OWNER);
    click(element().querySelector('button[aria-label="Delete packer"]'));
    await fixture.whenStable();
    click(byText(document.querySelector('mat-dialog-container')!, 'button', 'Delete'));
    await new Promise((resolve) => setTimeout(resolve));

    const request = backend.expectOne('/api/identity/roles/r3');
    expect(request.request.method).toBe('DELETE');
    request.flush(...problem(409, 'Commerce:Identity:RoleInUse', 'Members still hold this role.'));
    await fixture.whenStable();
    expect(snackBar).toHaveBeenCalledWith('Members still hold this role.', 'Dismiss', {
      duration: 8000,
    });
  });
});
