import { notificationTemplate } from '../testing/notifications';
import {
  NOTIFICATION_KINDS,
  isKind,
  kindLabel,
  logListParams,
  templateOf,
} from './notifications-logic';

describe('notifications logic', () => {
  it('names every kind and leaves an unknown one as it is', () => {
    expect(NOTIFICATION_KINDS).toHaveLength(7);
    expect(kindLabel('OrderShipped')).toBe('Order shipped');
    expect(kindLabel('Other')).toBe('Other');
    expect(isKind('PasswordReset')).toBe(true);
    expect(isKind('Other')).toBe(false);
  });

  it('asks the log for one page, leaving empty filters out', () => {
    expect(
      logListParams({
        kind: '',
        status: '',
        orderId: ' ',
        customerId: '',
        page: { index: 0, size: 25 },
      }),
    ).toEqual({
      Kind: undefined,
      Status: undefined,
      OrderId: undefined,
      CustomerId: undefined,
      SkipCount: 0,
      MaxResultCount: 25,
    });
    expect(
      logListParams({
        kind: 'OrderPaid',
        status: 'Failed',
        orderId: 'o-1',
        customerId: 'c-1',
        page: { index: 2, size: 50 },
      }),
    ).toEqual({
      Kind: 'OrderPaid',
      Status: 'Failed',
      OrderId: 'o-1',
      CustomerId: 'c-1',
      SkipCount: 100,
      MaxResultCount: 50,
    });
  });

  it("finds a kind's template in the store's list", () => {
    const paid = notificationTemplate({ kind: 'OrderPaid' });
    expect(templateOf([notificationTemplate(), paid], 'OrderPaid')).toBe(paid);
    expect(templateOf(undefined, 'OrderPaid')).toBeUndefined();
  });
});
