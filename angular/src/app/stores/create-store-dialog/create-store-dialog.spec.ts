import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { byText, click, type } from '../../testing/dom';
import { problem } from '../../testing/problems';
import { store } from '../../testing/stores';
import { CreateStoreDialog } from './create-store-dialog';

describe('CreateStoreDialog', () => {
  let fixture: ComponentFixture<CreateStoreDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    close = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      imports: [CreateStoreDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatDialogRef, useValue: { close } },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CreateStoreDialog);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(name: string): HTMLInputElement {
    return element().querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  }

  function submit(): void {
    click(element().querySelector('button[type="submit"]'));
  }

  it('suggests the address from the name until the user writes one', () => {
    type(input('name'), 'Café Nord');
    expect(input('slug').value).toBe('cafe-nord');
    type(input('slug'), 'nord');
    type(input('name'), 'Café Nord & Süd');
    expect(input('slug').value).toBe('nord');
  });

  it('creates the store with its regional settings and closes with it', async () => {
    type(input('name'), 'Outlet');
    submit();
    const request = backend.expectOne('/api/stores');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toMatchObject({
      name: 'Outlet',
      slug: 'outlet',
      defaultLocale: 'en-US',
      currency: 'USD',
    });
    expect(typeof request.request.body.timeZone).toBe('string');
    request.flush(store({ name: 'Outlet' }));
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ name: 'Outlet' }));
  });

  it('wants a name and a valid address before asking the host', () => {
    type(input('slug'), '-bad-');
    submit();
    expect(element().textContent).toContain('Required.');
    expect(element().textContent).toContain('Lower-case letters, digits and hyphens');
    backend.expectNone('/api/stores');
  });

  it("shows a taken address at its field, and the plan's refusal in the dialog", async () => {
    type(input('name'), 'Outlet');
    submit();
    backend
      .expectOne('/api/stores')
      .flush(
        ...problem(
          409,
          'Commerce:Stores:DuplicateStoreSlug',
          "The store address 'outlet' is already taken.",
        ),
      );
    await fixture.whenStable();
    expect(element().querySelector('mat-error')?.textContent).toBe(
      "The store address 'outlet' is already taken.",
    );

    type(input('slug'), 'outlet-2');
    submit();
    backend
      .expectOne('/api/stores')
      .flush(
        ...problem(
          403,
          'Commerce:Features:FeatureDisabled',
          'Your plan does not include Multi-store.',
        ),
      );
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toBe(
      'Your plan does not include Multi-store.',
    );
    expect(close).not.toHaveBeenCalled();
    expect(byText(element(), 'button', 'Add store')?.hasAttribute('disabled')).toBe(false);
  });
});
