import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ApplicationConfigurationDto } from '../../../api/generated/models/application-configuration-dto';
import { UserDto } from '../../../api/generated/models/user-dto';
import { Permissions } from '../../../core/permissions/permissions';
import {
  STORE_OWNER,
  STORE_STAFF,
  loadConfiguration,
  withPermissions,
} from '../../../testing/application-configurations';
import { byText, click, queryOf, type } from '../../../testing/dom';
import { problem } from '../../../testing/problems';
import { StaffList } from './staff-list';

const USERS_URL = '/api/identity/users';
const ROLES_URL = '/api/identity/roles';

function member(n: number, changes: Partial<UserDto> = {}): UserDto {
  return {
    id: `u-${n}`,
    email: `member${n}@demo.test`,
    name: `Member ${n}`,
    roles: ['staff'],
    isActive: true,
    emailConfirmed: true,
    concurrencyStamp: `stamp-${n}`,
    ...changes,
  };
}

describe('StaffList', () => {
  let fixture: ComponentFixture<StaffList>;
  let backend: HttpTestingController;
  let snackBar: ReturnType<typeof vi.fn>;

  async function render(configuration: ApplicationConfigurationDto): Promise<void> {
    snackBar = vi.fn();
    // jsdom lays nothing out, so the CDK finds no focusable element for cdkFocusInitial and warns.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      imports: [StaffList],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatSnackBar, useValue: { open: snackBar } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(StaffList);
    TestBed.tick();
  }

  afterEach(() => backend.verify());

  function expectUsers(): TestRequest {
    return backend.expectOne((r) => r.url === USERS_URL && r.method === 'GET');
  }

  async function respond(request: TestRequest, totalCount: number, items: UserDto[]) {
    request.flush({ totalCount, items });
    await fixture.whenStable();
  }

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function cells(column: string): string[] {
    return Array.from(element().querySelectorAll(`td.mat-column-${column}`)).map(
      (cell) => cell.textContent?.trim() ?? '',
    );
  }

  /** Opens a member's actions menu and picks an entry (menus render in the overlay). */
  function act(email: string, action: string): void {
    click(element().querySelector(`button[aria-label="Actions for ${email}"]`));
    click(byText(document, '[mat-menu-item]', action));
  }

  describe('as an owner', () => {
    beforeEach(async () => {
      await render(STORE_OWNER);
      backend.expectOne(ROLES_URL).flush([
        { id: 'r1', name: 'owner', isStatic: true, permissions: [], concurrencyStamp: 'a' },
        { id: 'r2', name: 'staff', isStatic: true, permissions: [], concurrencyStamp: 'b' },
      ]);
    });

    it('asks for the first page and shows each member with roles and status', async () => {
      const request = expectUsers();
      expect(queryOf(request.request.params)).toEqual({ SkipCount: '0', MaxResultCount: '25' });
      await respond(request, 3, [
        member(1, { roles: ['owner'] }),
        member(2, { emailConfirmed: false }),
        member(3, { isActive: false }),
      ]);

      expect(cells('email')).toEqual([
        'member1@demo.test',
        'member2@demo.test',
        'member3@demo.test',
      ]);
      expect(cells('roles')).toEqual(['owner', 'staff', 'staff']);
      expect(cells('status')).toEqual(['Active', 'Invited', 'Disabled']);
      expect(element().querySelectorAll('h1').length).toBe(1);
      expect(byText(element(), 'button', 'Invite member')).toBeDefined();
    });

    it('pages on the server', async () => {
      await respond(
        expectUsers(),
        30,
        Array.from({ length: 25 }, (_, i) => member(i)),
      );
      click(element().querySelector('.mat-mdc-paginator-navigation-next'));
      expect(queryOf(expectUsers().request.params)).toEqual({
        SkipCount: '25',
        MaxResultCount: '25',
      });
    });

    it('searches by part of the email on the server after a pause, from the first page', async () => {
      await respond(expectUsers(), 1, [member(1)]);

      type(element().querySelector('input[type="search"]'), ' member1 ');
      backend.expectNone((r) => r.url === USERS_URL);
      await new Promise((resolve) => setTimeout(resolve, 350));
      TestBed.tick();

      expect(queryOf(expectUsers().request.params)).toEqual({
        Filter: 'member1',
        SkipCount: '0',
        MaxResultCount: '25',
      });
    });

    it('disables a member, then reloads the page', async () => {
      await respond(expectUsers(), 1, [member(1)]);

      act('member1@demo.test', 'Disable');
      const request = backend.expectOne(`${USERS_URL}/u-1/disable`);
      expect(request.request.method).toBe('POST');
      request.flush(member(1, { isActive: false }));
      // Not whenStable(): the reload is a pending request.
      TestBed.tick();

      expect(snackBar).toHaveBeenCalledWith('member1@demo.test is disabled.', 'Dismiss', {
        duration: 4000,
      });
      await respond(expectUsers(), 1, [member(1, { isActive: false })]);
      expect(cells('status')).toEqual(['Disabled']);
    });

    it('asks before removing, and shows why the last owner cannot be removed', async () => {
      await respond(expectUsers(), 1, [member(1, { roles: ['owner'] })]);

      act('member1@demo.test', 'Remove…');
      await fixture.whenStable();
      const dialog = document.querySelector('mat-dialog-container');
      expect(dialog?.textContent).toContain('Remove member1@demo.test?');
      click(byText(dialog!, 'button', 'Remove'));
      await new Promise((resolve) => setTimeout(resolve));

      const request = backend.expectOne(`${USERS_URL}/u-1`);
      expect(request.request.method).toBe('DELETE');
      request.flush(
        ...problem(409, 'Commerce:Identity:LastOwner', 'The store must keep one active owner.'),
      );
      await fixture.whenStable();

      expect(snackBar).toHaveBeenCalledWith('The store must keep one active owner.', 'Dismiss', {
        duration: 8000,
      });
    });
  });

  it('shows neither the invite button nor any action to a member who may only see the staff', async () => {
    await render(withPermissions(STORE_STAFF, [Permissions.Users]));
    backend.expectNone(ROLES_URL);
    await respond(expectUsers(), 1, [member(1)]);

    expect(byText(element(), 'button', 'Invite member')).toBeUndefined();
    expect(element().querySelector('button[aria-label^="Actions for"]')).toBeNull();
    expect(element().querySelector('th.mat-column-actions')).toBeNull();
  });
});
