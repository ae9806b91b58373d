import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { byText, click, type } from '../../../testing/dom';
import { problem } from '../../../testing/problems';
import { InviteDialog, InviteDialogData } from './invite-dialog';

describe('InviteDialog', () => {
  let fixture: ComponentFixture<InviteDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;
  let snackBar: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    close = vi.fn();
    snackBar = vi.fn();
    const data: InviteDialogData = { roles: signal(['owner', 'staff', 'packer']) };
    TestBed.configureTestingModule({
      imports: [InviteDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MatSnackBar, useValue: { open: snackBar } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(InviteDialog);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function checkbox(label: string): HTMLInputElement {
    const box = byText(element(), 'mat-checkbox', label);
    return box?.querySelector('input[type="checkbox"]') as HTMLInputElement;
  }

  function submit(): void {
    click(byText(element(), 'button', 'Send invitation'));
  }

  it('labels its fields and offers the roles, staff ticked', () => {
    const labels = Array.from(element().querySelectorAll('mat-label')).map((l) => l.textContent);
    expect(labels).toEqual(['Email', 'Name']);
    expect(element().querySelector('legend')?.textContent).toBe('Roles');
    expect(checkbox('staff').checked).toBe(true);
    expect(checkbox('owner').checked).toBe(false);
  });

  it('wants an email before asking the host', () => {
    type(element().querySelector('input[type="email"]'), 'not an email');
    submit();
    expect(element().textContent).toContain('Not an email address.');
    backend.expectNone('/api/identity/users');
  });

  it('invites with the email, name and ticked roles, and closes with the member', async () => {
    type(element().querySelector('input[type="email"]'), ' new@demo.test ');
    type(element().querySelector('input[formcontrolname="name"]'), 'New Member');
    click(checkbox('packer'));
    submit();

    const request = backend.expectOne('/api/identity/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'new@demo.test',
      name: 'New Member',
      roles: ['staff', 'packer'],
    });
    const member = { id: 'u9', email: 'new@demo.test', concurrencyStamp: 's' };
    request.flush(member);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(member);
  });

  it("shows the host's title when the plan's staff limit is reached, and stays open", async () => {
    type(element().querySelector('input[type="email"]'), 'sixth@demo.test');
    submit();

    backend
      .expectOne('/api/identity/users')
      .flush(
        ...problem(
          403,
          'Commerce:Identity:StaffLimitReached',
          'Your plan allows 5 staff accounts. Upgrade to invite more.',
        ),
      );
    await fixture.whenStable();

    expect(snackBar).toHaveBeenCalledWith(
      'Your plan allows 5 staff accounts. Upgrade to invite more.',
      'Dismiss',
      { duration: 8000 },
    );
    expect(close).not.toHaveBeenCalled();
    expect(byText(element(), 'button', 'Send invitation')?.hasAttribute('disabled')).toBe(false);
  });
});
