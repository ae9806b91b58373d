import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { NotificationLogDto } from '../../api/generated/models/notification-log-dto';
import { loadConfiguration } from '../../testing/application-configurations';
import { queryOf } from '../../testing/dom';
import { NOTIFICATIONS_OWNER, notificationLog } from '../../testing/notifications';
import { pageTestProviders } from '../../testing/providers';
import { NotificationLog } from './notification-log';

describe('NotificationLog', () => {
  let fixture: ComponentFixture<NotificationLog>;
  let backend: HttpTestingController;

  async function render(query: { orderId?: string; customerId?: string } = {}) {
    TestBed.configureTestingModule({
      imports: [NotificationLog],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(NOTIFICATIONS_OWNER);
    fixture = TestBed.createComponent(NotificationLog);
    for (const [name, value] of Object.entries(query)) {
      fixture.componentRef.setInput(name, value);
    }
    TestBed.tick();
  }

  function flushLog(items: NotificationLogDto[], expected: Record<string, string> = {}) {
    const request = backend.expectOne((r) => r.url === '/api/notifications/log');
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

  it('shows the newest notifications with their status and last error', async () => {
    await render();
    flushLog([
      notificationLog(),
      notificationLog({
        id: 'l-2',
        status: 'Failed',
        attempts: 5,
        lastError: 'IOException: refused',
      }),
    ]);
    await fixture.whenStable();

    const failed = element().querySelector('tr[data-log="l-2"]') as HTMLElement;
    expect(failed.querySelector('.status')?.textContent?.trim()).toBe('Failed');
    expect(failed.textContent).toContain('IOException: refused');
    expect(element().querySelector('tr[data-log="l-1"]')?.textContent).toContain(
      'Order confirmation',
    );
  });

  it('narrows to the order the address names, and a filter starts again on the first page', async () => {
    await render({ orderId: 'o-9' });
    flushLog([notificationLog({ orderId: 'o-9' })], { OrderId: 'o-9' });
    await fixture.whenStable();

    (fixture.componentInstance as unknown as { status: { set(v: string): void } }).status.set(
      'Failed',
    );
    TestBed.tick();
    flushLog([], { OrderId: 'o-9', Status: 'Failed' });
    await fixture.whenStable();

    expect(element().textContent).toContain('No notifications match.');
  });

  it('narrows to the customer the address names', async () => {
    await render({ customerId: 'c-7' });
    flushLog([notificationLog()], { CustomerId: 'c-7' });
    await fixture.whenStable();

    expect(element().querySelector('tr[data-log="l-1"]')).not.toBeNull();
  });
});
