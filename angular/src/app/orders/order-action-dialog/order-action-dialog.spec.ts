import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { click, type } from '../../testing/dom';
import { order, renderOrderDialog } from '../../testing/orders';
import { problem } from '../../testing/problems';
import { OrderAction, OrderActionDialog } from './order-action-dialog';

describe('OrderActionDialog', () => {
  let fixture: ComponentFixture<OrderActionDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  async function render(action: OrderAction) {
    close = vi.fn();
    ({ fixture, backend } = await renderOrderDialog(
      OrderActionDialog,
      { order: order(), action },
      close,
    ));
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function submit(): void {
    click(element().querySelector('button[type="submit"]'));
  }

  it('cancels with the reason and the order version', async () => {
    await render('cancel');
    type(element().querySelector('textarea[name="reason"]'), 'Out of stock');
    await fixture.whenStable();
    submit();
    const request = backend.expectOne('/api/ordering/orders/o1/cancel');
    expect(request.request.body).toEqual({ version: 3, reason: 'Out of stock' });
    request.flush(order({ status: 'Cancelled' }));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ status: 'Cancelled' }));
  });

  it('does not cancel without a reason', async () => {
    await render('cancel');
    submit();
    backend.expectNone('/api/ordering/orders/o1/cancel');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('reason');
  });

  it('captures everything authorized when no amount is given', async () => {
    await render('capture');
    submit();
    const request = backend.expectOne('/api/ordering/orders/o1/capture');
    expect(request.request.body).toEqual({ version: 3, amount: null });
    request.flush(order());
    expect(close).toHaveBeenCalled();
  });

  it('asks for a reload when the order is stale', async () => {
    await render('complete');
    submit();
    const request = backend.expectOne('/api/ordering/orders/o1/complete');
    expect(request.request.body).toEqual({ version: 3 });
    request.flush(...problem(409, 'Commerce:Concurrency', 'The order was changed.'));
    TestBed.tick();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('reload');
    expect(close).not.toHaveBeenCalled();
  });
});
