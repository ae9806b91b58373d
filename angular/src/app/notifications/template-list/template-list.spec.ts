import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { loadConfiguration } from '../../testing/application-configurations';
import { NOTIFICATIONS_OWNER, notificationTemplate } from '../../testing/notifications';
import { pageTestProviders } from '../../testing/providers';
import { store } from '../../testing/stores';
import { TemplateList } from './template-list';

describe('TemplateList', () => {
  let fixture: ComponentFixture<TemplateList>;
  let backend: HttpTestingController;

  async function render(storeParam?: string) {
    TestBed.configureTestingModule({
      imports: [TemplateList],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(NOTIFICATIONS_OWNER);
    fixture = TestBed.createComponent(TemplateList);
    if (storeParam) {
      fixture.componentRef.setInput('store', storeParam);
    }
    TestBed.tick();
    backend.expectOne('/api/stores').flush([store(), store({ id: 's-2', name: 'Outlet' })]);
    // The stores' resource settles after the flush; then the chosen store's templates are asked for.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it("lists the first store's kinds with whether each is customized, linking to the editor", async () => {
    await render();
    backend
      .expectOne('/api/notifications/templates/s-1')
      .flush([
        notificationTemplate(),
        notificationTemplate({ kind: 'OrderShipped', subject: 'On its way', isCustomized: true }),
      ]);
    await fixture.whenStable();

    const shipped = element().querySelector('tr[data-kind="OrderShipped"]') as HTMLElement;
    expect(shipped.querySelector('.kind')?.textContent?.trim()).toBe('Order shipped');
    expect(shipped.querySelector('.state')?.textContent?.trim()).toBe('Customized');
    expect(shipped.querySelector('a')?.getAttribute('href')).toBe(
      '/notifications/s-1/OrderShipped',
    );
    expect(element().querySelector('tr[data-kind="OrderPlaced"] .state')?.textContent?.trim()).toBe(
      'Default',
    );
  });

  it('shows the store the address names', async () => {
    await render('s-2');
    backend
      .expectOne('/api/notifications/templates/s-2')
      .flush([notificationTemplate({ storeId: 's-2' })]);
    await fixture.whenStable();

    expect(element().querySelectorAll('tr[data-kind]')).toHaveLength(1);
  });
});
