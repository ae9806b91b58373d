import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { OrderListItemDto } from '../../api/generated/models/order-list-item-dto';
import { loadConfiguration } from '../../testing/application-configurations';
import { queryOf, type } from '../../testing/dom';
import { ORDERS_OWNER, orderListItem } from '../../testing/orders';
import { pageTestProviders } from '../../testing/providers';
import { OrderList } from './order-list';

describe('OrderList', () => {
  let fixture: ComponentFixture<OrderList>;
  let backend: HttpTestingController;

  async function render(items: OrderListItemDto[]) {
    TestBed.configureTestingModule({
      imports: [OrderList],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(ORDERS_OWNER);
    fixture = TestBed.createComponent(OrderList);
    TestBed.tick();
    flushOrders(items);
    await fixture.whenStable();
  }

  function flushOrders(items: OrderListItemDto[], expected: Record<string, string> = {}) {
    const request = backend.expectOne((r) => r.url === '/api/ordering/orders');
    expect(queryOf(request.request.params)).toEqual({
      Sort: 'PlacedAt',
      Descending: 'true',
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

  it('lists orders with number, customer, statuses and total in their currency', async () => {
    await render([
      orderListItem(),
      orderListItem({ id: 'o2', number: '#1002', status: 'Shipped' }),
    ]);
    const rows = element().querySelectorAll('tr[data-order]');
    expect(rows.length).toBe(2);
    expect(rows[0].textContent).toContain('#1001');
    expect(rows[0].textContent).toContain('Ada Shopper');
    expect(rows[0].textContent).toContain('ada@example.test');
    expect(rows[0].textContent).toContain('$54.00');
    expect(rows[1].querySelector('[data-testid="status"]')?.textContent?.trim()).toBe('Shipped');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/orders/o1');
  });

  it('searches by the typed text after a pause, from the first page', async () => {
    await render([orderListItem()]);
    type(element().querySelector('input[type="search"]'), ' #1001 ');
    await new Promise((resolve) => setTimeout(resolve, 350));
    TestBed.tick();
    flushOrders([orderListItem()], { Text: '#1001' });
  });

  it('says so when no order matches', async () => {
    await render([]);
    expect(element().textContent).toContain('No orders match.');
  });
});
