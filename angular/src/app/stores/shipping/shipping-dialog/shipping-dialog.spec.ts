import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { byText, click, type } from '../../../testing/dom';
import { problem } from '../../../testing/problems';
import { shippingMethod } from '../../../testing/stores';
import { ShippingDialog, ShippingDialogData } from './shipping-dialog';

const METHODS_URL = '/api/stores/s-1/shipping-methods';

describe('ShippingDialog', () => {
  let fixture: ComponentFixture<ShippingDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  async function render(data: Partial<ShippingDialogData> = {}) {
    close = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      imports: [ShippingDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: { storeId: 's-1', currency: 'EUR', ...data } },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ShippingDialog);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(name: string): HTMLInputElement {
    return element().querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  }

  function labels(): string[] {
    return Array.from(element().querySelectorAll('mat-label')).map(
      (l) => l.textContent?.trim() ?? '',
    );
  }

  function submit(): void {
    click(element().querySelector('button[type="submit"]'));
  }

  it('adds a flat rate with its price in the store currency', async () => {
    await render();
    expect(labels()).toEqual(['Type', 'Name', 'Description', 'Price', 'Add a country']);
    expect(element().textContent).toContain('EUR');
    type(input('name'), 'Standard');
    type(input('price'), '4.9');
    submit();
    const request = backend.expectOne(METHODS_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      type: 'FlatRate',
      name: 'Standard',
      description: null,
      isEnabled: true,
      price: 4.9,
      freeAboveAmount: null,
      weightRates: [],
      destinations: [],
    });
    const saved = shippingMethod({ name: 'Standard', price: 4.9 });
    request.flush(saved);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith(saved);
  });

  it('starts on the first type the platform allows', async () => {
    await render({ allowedTypes: 'local-pickup' });
    expect(labels()).toContain('Pickup fee');
    expect(labels()).not.toContain('Add a country');
  });

  it('shows the weight brackets of a weight-based method, and saves it without its type', async () => {
    const method = shippingMethod({
      type: 'WeightBased',
      price: 0,
      weightRates: [
        { upToGrams: 1000, price: 4 },
        { upToGrams: 5000, price: 9 },
      ],
      destinations: [{ countryCode: 'US', regionCodes: ['CA'] }],
    });
    await render({ method });
    expect(element().querySelectorAll('.bracket-table tbody tr')).toHaveLength(2);
    expect(element().querySelector('[data-country="US"]')?.textContent).toContain('United States');
    expect(element().querySelector('[data-country="US"] mat-chip-row')?.textContent).toContain(
      'CA',
    );

    click(byText(element(), 'button', 'Add bracket'));
    const grams = element().querySelectorAll<HTMLInputElement>(
      'input[formcontrolname="upToGrams"]',
    );
    expect(grams[2].value).toBe('6000');
    click(element().querySelector('[aria-label="Remove bracket 3"]'));
    submit();

    const request = backend.expectOne(`${METHODS_URL}/sm-1`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).not.toHaveProperty('type');
    expect(request.request.body).toMatchObject({
      price: 0,
      freeAboveAmount: null,
      weightRates: [
        { upToGrams: 1000, price: 4 },
        { upToGrams: 5000, price: 9 },
      ],
      destinations: [{ countryCode: 'US', regionCodes: ['CA'] }],
      version: 3,
    });
    request.flush(method);
    await fixture.whenStable();
  });

  it('shows the refusal of the platform policy in the dialog and stays open', async () => {
    await render();
    type(input('name'), 'Standard');
    type(input('price'), '5');
    submit();
    backend
      .expectOne(METHODS_URL)
      .flush(
        ...problem(
          403,
          'Commerce:Policies:NotAllowedByPolicy',
          "The platform does not allow 'flat-rate' (Shipping method types).",
        ),
      );
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toBe(
      "The platform does not allow 'flat-rate' (Shipping method types).",
    );
    expect(close).not.toHaveBeenCalled();
  });
});
