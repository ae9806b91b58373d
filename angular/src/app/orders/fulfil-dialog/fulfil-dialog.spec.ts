import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { click, type } from '../../testing/dom';
import { order, renderOrderDialog } from '../../testing/orders';
import { problem } from '../../testing/problems';
import { FulfilDialog } from './fulfil-dialog';

describe('FulfilDialog', () => {
  let fixture: ComponentFixture<FulfilDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  async function render() {
    close = vi.fn();
    ({ fixture, backend } = await renderOrderDialog(FulfilDialog, order(), close));
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  async function fill(name: string, value: string) {
    type(element().querySelector(`input[name="${name}"]`), value);
    await fixture.whenStable();
  }

  it('ships every unshipped item with the carrier and tracking and the order version', async () => {
    await render();
    await fill('carrier', 'UPS');
    await fill('trackingNumber', '1Z999');
    await fill('trackingUrl', 'https://ups.example/1Z999');
    click(element().querySelector('button[type="submit"]'));
    const request = backend.expectOne('/api/ordering/orders/o1/shipments');
    expect(request.request.body).toEqual({
      version: 3,
      lines: [{ orderLineId: 'l1', quantity: 2 }],
      carrier: 'UPS',
      trackingNumber: '1Z999',
      trackingUrl: 'https://ups.example/1Z999',
    });
    request.flush(order({ status: 'Shipped' }));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ status: 'Shipped' }));
  });

  it('shows the server refusal with its code and stays open', async () => {
    await render();
    type(element().querySelector('input[type="number"]'), '1');
    click(element().querySelector('button[type="submit"]'));
    const request = backend.expectOne('/api/ordering/orders/o1/shipments');
    expect(request.request.body.lines).toEqual([{ orderLineId: 'l1', quantity: 1 }]);
    request.flush(...problem(422, 'Commerce:Ordering:OverShipped', 'Too many.'));
    TestBed.tick();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Too many. (Commerce:Ordering:OverShipped)',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('ships nothing when no quantity is chosen', async () => {
    await render();
    type(element().querySelector('input[type="number"]'), '0');
    click(element().querySelector('button[type="submit"]'));
    backend.expectNone('/api/ordering/orders/o1/shipments');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('at least one');
  });
});
