import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { UserDto } from '../../../api/generated/models/user-dto';
import { byText, click, type } from '../../../testing/dom';
import { problem } from '../../../testing/problems';
import { MemberDialog, MemberDialogData } from './member-dialog';

describe('MemberDialog', () => {
  let fixture: ComponentFixture<MemberDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;
  let snackBar: ReturnType<typeof vi.fn>;
  const member: UserDto = {
    id: 'u1',
    email: 'owner@demo.test',
    name: 'Olivia',
    roles: ['owner'],
    isActive: true,
    emailConfirmed: true,
    concurrencyStamp: 'stamp-1',
  };

  beforeEach(async () => {
    close = vi.fn();
    snackBar = vi.fn();
    const data: MemberDialogData = { member, roles: signal(['owner', 'staff']) };
    TestBed.configureTestingModule({
      imports: [MemberDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MatSnackBar, useValue: { open: snackBar } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MemberDialog);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function checkbox(label: string): HTMLInputElement {
    return byText(element(), 'mat-checkbox', label)?.querySelector('input') as HTMLInputElement;
  }

  it("starts from the member's name and roles", () => {
    expect(element().querySelector('h2')?.textContent).toContain('Edit owner@demo.test');
    expect(
      (element().querySelector('input[formcontrolname="name"]') as HTMLInputElement).value,
    ).toBe('Olivia');
    expect(checkbox('owner').checked).toBe(true);
    expect(checkbox('staff').checked).toBe(false);
  });

  it('saves the name and roles with the concurrency stamp it was read with', async () => {
    type(element().querySelector('input[formcontrolname="name"]'), 'Olivia O.');
    click(checkbox('staff'));
    click(byText(element(), 'button', 'Save'));

    const request = backend.expectOne('/api/identity/users/u1');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      name: 'Olivia O.',
      roles: ['owner', 'staff'],
      concurrencyStamp: 'stamp-1',
    });
    request.flush({ ...member, roles: ['owner', 'staff'], concurrencyStamp: 'stamp-2' });
    await fixture.whenStable();
    expect(close).toHaveBeenCalled();
  });

  it("shows why the store's last owner keeps the owner role", async () => {
    click(checkbox('owner'));
    click(byText(element(), 'button', 'Save'));

    backend
      .expectOne('/api/identity/users/u1')
      .flush(
        ...problem(409, 'Commerce:Identity:LastOwner', 'The store must keep one active owner.'),
      );
    await fixture.whenStable();

    expect(snackBar).toHaveBeenCalledWith('The store must keep one active owner.', 'Dismiss', {
      duration: 8000,
    });
    expect(close).not.toHaveBeenCalled();
  });
});
