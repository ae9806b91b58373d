import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ProductDto } from '../../../api/generated/models/product-dto';
import { byText, click, type } from '../../../testing/dom';
import { product } from '../../../testing/catalog';
import { VariantsGrid } from './variants-grid';

describe('VariantsGrid', () => {
  let fixture: ComponentFixture<VariantsGrid>;
  let backend: HttpTestingController;
  let changed: ProductDto[];

  async function render() {
    TestBed.configureTestingModule({
      imports: [VariantsGrid],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VariantsGrid);
    fixture.componentRef.setInput('product', product());
    fixture.componentRef.setInput('canEdit', true);
    fixture.componentRef.setInput('canSeeStock', true);
    fixture.componentRef.setInput('canAdjustStock', true);
    changed = [];
    fixture.componentInstance.changed.subscribe((p) => changed.push(p));
    fixture.detectChanges();
    TestBed.tick();
    backend
      .expectOne('/api/inventory/stock/v1')
      .flush({ variantId: 'v1', onHand: 5, reserved: 0, available: 5, isLow: false, version: 1 });
    // Never stocked: 404, shown as 0.
    backend
      .expectOne('/api/inventory/stock/v2')
      .flush({ title: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    fixture.detectChanges();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(label: string): HTMLInputElement {
    return element().querySelector(`input[aria-label="${label}"]`) as HTMLInputElement;
  }

  it('shows a row per variant with its stock on hand', async () => {
    await render();
    const titles = Array.from(element().querySelectorAll('th.variant-title')).map((th) =>
      th.textContent?.trim(),
    );
    expect(titles).toEqual(['S', 'M']);
    expect(input('On hand of S').value).toBe('5');
    expect(input('On hand of M').value).toBe('0');
  });

  it('saves an edited row with the product version', async () => {
    await render();
    type(input('Price of M'), '24.5');
    fixture.detectChanges();
    click(element().querySelector('button[aria-label="Save M"]'));
    const request = backend.expectOne('/api/catalog/products/p1/variants/v2');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual(expect.objectContaining({ price: 24.5, version: 4 }));
    const saved = product({ version: 5 });
    request.flush(saved);
    expect(changed).toEqual([saved]);
  });

  it('posts a Counted change when stock on hand is edited', async () => {
    await render();
    type(input('On hand of M'), '12');
    fixture.detectChanges();
    click(byText(element(), 'button', 'Set'));
    const request = backend.expectOne('/api/inventory/stock/v2/changes');
    expect(request.request.body).toEqual({
      quantity: 12,
      reason: 'Counted',
      note: 'Counted in the product editor',
    });
    request.flush({
      variantId: 'v2',
      onHand: 12,
      reserved: 0,
      available: 12,
      isLow: false,
      version: 1,
    });
    fixture.detectChanges();
    expect(input('On hand of M').value).toBe('12');
  });
});
