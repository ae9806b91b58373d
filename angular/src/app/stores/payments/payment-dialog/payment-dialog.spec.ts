import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { click, type } from '../../../testing/dom';
import { problem } from '../../../testing/problems';
import { PAYMENT_PROVIDERS, paymentMethod } from '../../../testing/stores';
import { PaymentDialog, PaymentDialogData } from './payment-dialog';

const METHODS_URL = '/api/stores/s-1/payment-methods';
const STRIPE = PAYMENT_PROVIDERS[2];

describe('PaymentDialog', () => {
  let fixture: ComponentFixture<PaymentDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  async function render(data: Partial<PaymentDialogData>) {
    close = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      imports: [PaymentDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MAT_DIALOG_DATA,
          useValue: { storeId: 's-1', provider: STRIPE, position: 2, ...data },
        },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PaymentDialog);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function setting(name: string): HTMLInputElement {
    return element().querySelector(`[data-setting="${name}"] input`) as HTMLInputElement;
  }

  function submit(): void {
    click(element().querySelector('button[type="submit"]'));
  }

  it("offers the provider's settings, secrets as password fields, and requires the required ones", async () => {
    await render({});
    expect(element().querySelector('h2')?.textContent?.trim()).toBe('Enable Stripe');
    expect(setting('publishableKey').type).toBe('text');
    expect(setting('secretKey').type).toBe('password');
    submit();
    backend.expectNone(METHODS_URL);
    expect(element().querySelectorAll('mat-error')).toHaveLength(2);
  });

  it('enables the provider with its settings at the next position', async () => {
    await render({});
    type(setting('publishableKey'), 'pk_test_1');
    type(setting('secretKey'), 'sk_test_1');
    submit();
    const request = backend.expectOne(METHODS_URL);
    expect(request.request.body).toEqual({
      provider: 'stripe',
      displayName: 'Stripe',
      instructions: null,
      isEnabled: true,
      position: 2,
      settings: { publishableKey: 'pk_test_1', secretKey: 'sk_test_1' },
    });
    request.flush(paymentMethod({ provider: 'stripe' }));
    await fixture.whenStable();
    expect(close).toHaveBeenCalled();
  });

  it('shows a secret the host holds as set, and keeps it when left empty', async () => {
    const method = paymentMethod({
      id: 'pm-2',
      provider: 'stripe',
      displayName: 'Card',
      settings: { publishableKey: 'pk_live_1' },
      secretsSet: ['secretKey'],
      position: 1,
      version: 4,
    });
    await render({ method });
    expect(setting('publishableKey').value).toBe('pk_live_1');
    expect(setting('secretKey').value).toBe('');
    expect(element().querySelector('[data-setting="secretKey"]')?.textContent).toContain(
      '•••• set',
    );
    expect(element().querySelector('[data-setting="webhookSecret"]')?.textContent).not.toContain(
      '•••• set',
    );
    submit();
    const request = backend.expectOne(`${METHODS_URL}/pm-2`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      displayName: 'Card',
      instructions: null,
      isEnabled: true,
      position: 1,
      settings: { publishableKey: 'pk_live_1' },
      version: 4,
    });
    request.flush(method);
    await fixture.whenStable();
  });

  it('puts a refusal that names a setting on its field', async () => {
    await render({});
    type(setting('publishableKey'), 'pk');
    type(setting('secretKey'), 'sk');
    submit();
    backend
      .expectOne(METHODS_URL)
      .flush(
        ...problem(
          400,
          'Commerce:Stores:PaymentSettingRequired',
          "The setting 'webhookSecret' is required.",
        ),
      );
    await fixture.whenStable();
    expect(element().querySelector('[data-setting="webhookSecret"] mat-error')?.textContent).toBe(
      "The setting 'webhookSecret' is required.",
    );
  });
});
