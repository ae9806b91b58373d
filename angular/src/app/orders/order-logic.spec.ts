import { order } from '../testing/orders';
import {
  chosenLines,
  newestFirst,
  orderActions,
  orderListParams,
  refusalText,
  statusLabel,
} from './order-logic';

describe('order logic', () => {
  it('takes the lines with a whole quantity above zero, as the host wants them', () => {
    expect(chosenLines({ l1: 2, l2: 0, l3: 1.5, l4: NaN, l5: -1, l6: 1 })).toEqual([
      { orderLineId: 'l1', quantity: 2 },
      { orderLineId: 'l6', quantity: 1 },
    ]);
  });

  it('leaves empty filters out of the query and pages by skip and count', () => {
    expect(
      orderListParams({
        text: '',
        status: '',
        paymentStatus: '',
        storeId: '',
        placedFrom: '',
        placedTo: '',
        sort: 'PlacedAt',
        descending: true,
        page: { index: 2, size: 25 },
      }),
    ).toEqual({ Sort: 'PlacedAt', Descending: true, SkipCount: 50, MaxResultCount: 25 });
  });

  it('includes the whole last day when filtering by placed to', () => {
    const params = orderListParams({
      text: '#1001',
      status: 'Paid',
      paymentStatus: 'Captured',
      storeId: 's-1',
      placedFrom: '2026-11-01',
      placedTo: '2026-11-24',
      sort: 'Number',
      descending: false,
      page: { index: 0, size: 25 },
    });
    expect(params.Text).toBe('#1001');
    expect(params.Status).toBe('Paid');
    expect(params.StoreId).toBe('s-1');
    expect(new Date(params.PlacedTo!).getTime()).toBe(new Date('2026-11-25T00:00:00').getTime());
    expect(new Date(params.PlacedFrom!).getTime()).toBe(new Date('2026-11-01T00:00:00').getTime());
  });

  it('labels statuses in words', () => {
    expect(statusLabel('PartiallyRefunded')).toBe('Partially refunded');
    expect(statusLabel('Paid')).toBe('Paid');
  });

  it('orders the timeline newest first', () => {
    expect(newestFirst(order().timeline).map((e) => e.kind)).toEqual(['Payment', 'Placed']);
  });

  it('offers fulfil, refund and cancel on a paid order, complete once shipped', () => {
    expect(orderActions(order())).toEqual({
      fulfil: true,
      capture: false,
      refund: true,
      cancel: true,
      complete: false,
    });
    const shipped = order({
      status: 'Shipped',
      lines: order().lines.map((l) => ({ ...l, shippedQuantity: 2 })),
    });
    expect(orderActions(shipped)).toMatchObject({ fulfil: false, complete: true, cancel: false });
    expect(orderActions(order({ paymentStatus: 'Authorized' })).capture).toBe(true);
  });

  it('asks for a reload when the order changed meanwhile', () => {
    expect(refusalText({ status: 409, title: 'Stale.' })).toContain('reload');
    expect(refusalText({ status: 400, code: 'Commerce:X', title: 'No.' })).toBe('No. (Commerce:X)');
  });
});
