import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture } from '@angular/core/testing';

import { byText, click, type } from '../../testing/dom';
import { order, renderOrderDialog } from '../../testing/orders';
import { RefundDialog } from './refund-dialog';

describe('RefundDialog', () => {
  let fixture: ComponentFixture<RefundDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  async function render() {
    close = vi.fn();
    ({ fixture, backend } = await renderOrderDialog(RefundDialog, order(), close));
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('refunds an amount with its reason', async () => {
    await render();
    type(element().querySelector('input[name="amount"]'), '10');
    type(element().querySelector('input[name="reason"]'), 'Scratched');
    await fixture.whenStable();
    click(element().querySelector('button[type="submit"]'));
    const request = backend.expectOne('/api/ordering/orders/o1/refunds');
    expect(request.request.body).toEqual({ amount: 10, reason: 'Scratched', version: 3 });
    request.flush(order({ refundedTotal: 10, paymentStatus: 'PartiallyRefunded' }));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ refundedTotal: 10 }));
  });

  it('refunds chosen items and restocks them', async () => {
    await render();
    click(byText(element(), 'button', 'Items'));
    await fixture.whenStable();
    type(element().querySelector('input[type="number"]'), '1');
    click(element().querySelector('button[type="submit"]'));
    const request = backend.expectOne('/api/ordering/orders/o1/refunds');
    expect(request.request.body).toEqual({
      lines: [{ orderLineId: 'l1', quantity: 1 }],
      restock: true,
      reason: null,
      version: 3,
    });
    request.flush(order());
  });

  it('refuses a refund of nothing', async () => {
    await render();
    click(element().querySelector('button[type="submit"]'));
    backend.expectNone('/api/ordering/orders/o1/refunds');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('above zero');
  });
});
