import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';

import { product } from '../../../testing/catalog';
import { VariantStock } from './variant-stock';

describe('VariantStock', () => {
  const [small, medium] = product().variants;
  let backend: HttpTestingController;
  let visible: ReturnType<typeof signal<boolean>>;
  let saving: ReturnType<typeof signal<string | null>>;
  let stock: VariantStock;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    visible = signal(false);
    saving = signal<string | null>(null);
    stock = TestBed.runInInjectionContext(
      () => new VariantStock(() => [small, medium], visible, saving),
    );
    TestBed.tick();
  });

  afterEach(() => backend.verify());

  /** Lets stock be seen and answers its reads: 5 of the small variant, `mediumAnswer` for the medium one. */
  function load(mediumAnswer: { status: number; statusText: string }): void {
    visible.set(true);
    TestBed.tick();
    backend.expectOne(`/api/inventory/stock/${small.id}`).flush({
      variantId: small.id,
      onHand: 5,
      reserved: 0,
      available: 5,
      isLow: false,
      version: 1,
    });
    backend
      .expectOne(`/api/inventory/stock/${medium.id}`)
      .flush({ title: 'No stock' }, mediumAnswer);
  }

  it('reads nothing until stock may be seen, then on hand per variant; never stocked is 0', () => {
    backend.expectNone(() => true);
    load({ status: 404, statusText: 'Not Found' });

    expect(stock.onHand(small)).toBe('5');
    expect(stock.onHand(medium)).toBe('0');
  });

  it('shows nothing for a variant whose stock could not be read', () => {
    load({ status: 500, statusText: 'Server Error' });

    expect(stock.onHand(medium)).toBe('');
    expect(stock.countChanged(medium)).toBe(false);
  });

  it('saves a typed count as a Counted change and shows what the host answers', () => {
    load({ status: 404, statusText: 'Not Found' });

    stock.setCount(small, '5');
    expect(stock.countChanged(small)).toBe(false);
    stock.setCount(small, '7');
    expect(stock.countValue(small)).toBe('7');
    expect(stock.countChanged(small)).toBe(true);

    stock.saveCount(small);
    expect(saving()).toBe(`stock:${small.id}`);
    const request = backend.expectOne(`/api/inventory/stock/${small.id}/changes`);
    expect(request.request.body).toEqual({
      quantity: 7,
      reason: 'Counted',
      note: 'Counted in the product editor',
    });
    request.flush({
      variantId: small.id,
      onHand: 7,
      reserved: 0,
      available: 7,
      isLow: false,
      version: 2,
    });

    expect(saving()).toBeNull();
    expect(stock.onHand(small)).toBe('7');
    expect(stock.countChanged(small)).toBe(false);
  });
});
