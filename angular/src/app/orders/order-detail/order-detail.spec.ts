import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { OrderDto } from '../../api/generated/models/order-dto';
import { ApplicationConfigurationDto } from '../../api/generated/models/application-configuration-dto';
import { STORE_OWNER, loadConfiguration } from '../../testing/application-configurations';
import { byText, click } from '../../testing/dom';
import { ORDERS_OWNER, order } from '../../testing/orders';
import { pageTestProviders } from '../../testing/providers';
import { OrderDetail } from './order-detail';

describe('OrderDetail', () => {
  let fixture: ComponentFixture<OrderDetail>;
  let backend: HttpTestingController;

  async function render(
    loaded: OrderDto,
    configuration: ApplicationConfigurationDto = ORDERS_OWNER,
  ) {
    TestBed.configureTestingModule({
      imports: [OrderDetail],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(OrderDetail);
    fixture.componentRef.setInput('id', 'o1');
    TestBed.tick();
    backend.expectOne('/api/ordering/orders/o1').flush(loaded);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(name: string): HTMLElement | undefined {
    return byText(element(), 'button', name);
  }

  it('shows the header, lines, totals, address and the timeline newest first', async () => {
    await render(order());
    expect(element().querySelector('h1')?.textContent).toContain('Order #1001');
    expect(element().querySelector('[data-testid="status"]')?.textContent?.trim()).toBe('Paid');
    expect(element().textContent).toContain('Trail Bottle');
    expect(element().textContent).toContain('TB-1');
    expect(element().querySelector('[data-testid="grand-total"]')?.textContent).toContain('$54.00');
    expect(element().textContent).toContain('1 Main Street');
    const kinds = Array.from(element().querySelectorAll('[data-testid="timeline-entry"]')).map(
      (e) => e.getAttribute('data-kind'),
    );
    expect(kinds).toEqual(['Payment', 'Placed']);
  });

  it('offers the actions the paid order and the permissions allow', async () => {
    await render(order());
    expect(button('Fulfil')).toBeTruthy();
    expect(button('Refund')).toBeTruthy();
    expect(button('Cancel order')).toBeTruthy();
    expect(button('Capture payment')).toBeUndefined();
    expect(button('Complete')).toBeUndefined();
  });

  it('offers no action without the ordering permissions beyond seeing', async () => {
    await render(order(), {
      ...STORE_OWNER,
      grantedPermissions: [...STORE_OWNER.grantedPermissions, 'Commerce.Ordering.Orders'],
    });
    expect(button('Fulfil')).toBeUndefined();
    expect(button('Refund')).toBeUndefined();
    expect(element().querySelector('textarea[name="note"]')).toBeNull();
  });

  it('shows shipments with their tracking link', async () => {
    await render(
      order({
        status: 'Shipped',
        shipments: [
          {
            id: 'sh1',
            lines: [{ orderLineId: 'l1', quantity: 2 }],
            carrier: 'UPS',
            trackingNumber: '1Z999',
            trackingUrl: 'https://ups.example/1Z999',
            shippedAt: '2026-11-24T13:00:00Z',
          },
        ],
      }),
    );
    const link = element().querySelector('[data-testid="tracking-link"]');
    expect(link?.textContent?.trim()).toBe('1Z999');
    expect(link?.getAttribute('href')).toBe('https://ups.example/1Z999');
  });

  it('adds an internal note and shows the order the server returns', async () => {
    await render(order());
    const note = element().querySelector('textarea[name="note"]') as HTMLTextAreaElement;
    note.value = 'Gift wrap';
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    click(button('Add note'));
    const request = backend.expectOne('/api/ordering/orders/o1/notes');
    expect(request.request.body).toEqual({ text: 'Gift wrap' });
    request.flush(
      order({
        timeline: [
          ...order().timeline,
          {
            kind: 'Note',
            message: 'Gift wrap',
            authorName: 'Demo Owner',
            at: '2026-11-24T14:00:00Z',
          },
        ],
      }),
    );
    await fixture.whenStable();
    expect(element().querySelector('[data-testid="timeline-entry"]')?.textContent).toContain(
      'Gift wrap',
    );
  });
});
