import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ApplicationConfigurationDto } from '../../api/generated/models/application-configuration-dto';
import { StockItemDto } from '../../api/generated/models/stock-item-dto';
import { loadConfiguration, withPermissions } from '../../testing/application-configurations';
import { byText, click, queryOf } from '../../testing/dom';
import { INVENTORY_OWNER, stockItem } from '../../testing/inventory';
import { problem } from '../../testing/problems';
import { pageTestProviders } from '../../testing/providers';
import { StockList } from './stock-list';

describe('StockList', () => {
  let fixture: ComponentFixture<StockList>;
  let backend: HttpTestingController;

  async function render(
    configuration: ApplicationConfigurationDto,
    items: StockItemDto[] = [stockItem(), stockItem({ variantId: 'v2', variantTitle: 'S' })],
  ) {
    TestBed.configureTestingModule({
      imports: [StockList],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(StockList);
    TestBed.tick();
    backend
      .expectOne('/api/inventory/settings')
      .flush({ defaultLowStockThreshold: 3, lowStockAlertsEnabled: true });
    flushStock(items);
    await fixture.whenStable();
  }

  function flushStock(items: StockItemDto[], expected: Record<string, string> = {}) {
    const request = backend.expectOne((r) => r.url === '/api/inventory/stock');
    expect(queryOf(request.request.params)).toEqual({
      SkipCount: '0',
      MaxResultCount: '25',
      ...expected,
    });
    request.flush({ items, totalCount: items.length });
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(label: string): HTMLInputElement {
    return element().querySelector(`input[aria-label="${label}"]`) as HTMLInputElement;
  }

  function commit(target: HTMLInputElement, value: string): void {
    target.value = value;
    target.dispatchEvent(new Event('blur'));
    TestBed.tick();
  }

  it('lists every variant with its stock, a product link and the low-stock badge', async () => {
    await render(INVENTORY_OWNER, [
      stockItem({ isLow: true, available: 2, lowStockThreshold: 4 }),
      stockItem({ variantId: 'v2', variantTitle: 'S', onHand: 0, reserved: 0, available: 0 }),
    ]);
    const rows = Array.from(element().querySelectorAll('tr.mat-mdc-row'));
    expect(rows.length).toBe(2);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/catalog/products/p1');
    expect(rows[0].querySelector('.badge')?.textContent).toBe('Low stock');
    expect(rows[1].querySelector('.badge')?.textContent).toBe('Out of stock');
    expect(input('On hand of T-Shirt — M').value).toBe('5');
    expect(input('Low-stock threshold of T-Shirt — M').value).toBe('4');
    expect(input('Low-stock threshold of T-Shirt — S').placeholder).toBe('3');
    expect(byText(element(), 'button', 'Settings')).toBeDefined();
  });

  it('asks for the state of the chosen tab', async () => {
    await render(INVENTORY_OWNER);
    click(byText(element(), '[role="tab"]', 'Low stock'));
    flushStock([], { State: 'LowStock' });
    click(byText(element(), '[role="tab"]', 'Out of stock'));
    flushStock([], { State: 'OutOfStock' });
    click(byText(element(), '[role="tab"]', 'All'));
    flushStock([]);
  });

  it('counts a typed on hand, and shows the row the host answers', async () => {
    await render(INVENTORY_OWNER);
    commit(input('On hand of T-Shirt — M'), '12');
    const request = backend.expectOne('/api/inventory/stock/v1/changes');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ quantity: 12, reason: 'Counted', note: null });
    request.flush(stockItem({ onHand: 12, available: 11 }));
    await fixture.whenStable();
    expect(input('On hand of T-Shirt — M').value).toBe('12');
    expect(element().querySelector('[data-testid="available"]')?.textContent?.trim()).toBe('11');
  });

  it('asks nothing when the count is unchanged, and puts the value back on a refusal', async () => {
    await render(INVENTORY_OWNER);
    commit(input('On hand of T-Shirt — M'), '5');
    backend.expectNone('/api/inventory/stock/v1/changes');

    commit(input('On hand of T-Shirt — M'), '0');
    backend
      .expectOne('/api/inventory/stock/v1/changes')
      .flush(
        ...problem(409, 'Commerce:Inventory:StockBelowReserved', 'Stock cannot go below reserved.'),
      );
    await fixture.whenStable();
    expect(input('On hand of T-Shirt — M').value).toBe('5');
    expect(TestBed.inject(MatSnackBar).open).toHaveBeenCalledWith(
      'Stock cannot go below reserved.',
      'Dismiss',
      expect.anything(),
    );
  });

  it('sets a threshold, and an emptied one returns to the default (null)', async () => {
    await render(INVENTORY_OWNER, [stockItem({ lowStockThreshold: 4 })]);
    commit(input('Low-stock threshold of T-Shirt — M'), '');
    const request = backend.expectOne('/api/inventory/stock/v1/low-stock-threshold');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ threshold: null });
    request.flush(stockItem({ lowStockThreshold: null }));
    await fixture.whenStable();

    commit(input('Low-stock threshold of T-Shirt — M'), '7');
    backend
      .expectOne('/api/inventory/stock/v1/low-stock-threshold')
      .flush(stockItem({ lowStockThreshold: 7 }));
  });

  it('shows stock read-only to users who may not adjust it', async () => {
    await render(withPermissions(INVENTORY_OWNER, ['Commerce.Inventory']));
    expect(element().querySelector('input[type="number"]')).toBeNull();
    expect(element().querySelector('mat-checkbox')).toBeNull();
    expect(byText(element(), 'button', 'Adjust')).toBeUndefined();
    expect(byText(element(), 'button', 'Settings')).toBeUndefined();
    expect(byText(element(), 'button', 'History')).toBeDefined();
  });
});
