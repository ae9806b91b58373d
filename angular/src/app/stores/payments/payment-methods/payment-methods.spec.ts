import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApplicationConfigurationDto } from '../../../api/generated/models/application-configuration-dto';
import { loadConfiguration, withPermissions } from '../../../testing/application-configurations';
import { byText, click } from '../../../testing/dom';
import { pageTestProviders } from '../../../testing/providers';
import { PAYMENT_PROVIDERS, STORES_OWNER, paymentMethod, store } from '../../../testing/stores';
import { PaymentMethods } from './payment-methods';

const METHODS_URL = '/api/stores/s-1/payment-methods';

describe('PaymentMethods', () => {
  let fixture: ComponentFixture<PaymentMethods>;
  let backend: HttpTestingController;

  const bank = paymentMethod({ id: 'a', displayName: 'Bank transfer', position: 0 });
  const card = paymentMethod({
    id: 'b',
    provider: 'stripe',
    displayName: 'Card',
    position: 1,
    settings: { publishableKey: 'pk' },
    secretsSet: ['secretKey'],
    isEnabled: false,
    version: 5,
  });

  async function render(configuration: ApplicationConfigurationDto = STORES_OWNER) {
    TestBed.configureTestingModule({
      imports: [PaymentMethods],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(PaymentMethods);
    fixture.componentRef.setInput('id', 's-1');
    TestBed.tick();
    backend.expectOne('/api/stores/s-1').flush(store());
    backend.expectOne('/api/stores/payment-providers').flush(PAYMENT_PROVIDERS);
    backend.expectOne(METHODS_URL).flush([card, bank]);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the methods in checkout order and the providers, greying those the platform disallows', async () => {
    await render();
    const methods = Array.from(element().querySelectorAll('.method .method-name')).map(
      (name) => name.textContent,
    );
    expect(methods).toEqual(['Bank transfer', 'Card']);
    expect(
      element().querySelector('.method[data-provider="stripe"] .state')?.textContent?.trim(),
    ).toBe('Disabled');
    const gateway = element().querySelector(
      '.provider[data-provider="test-gateway"]',
    ) as HTMLElement;
    expect(gateway.classList).toContain('disallowed');
    expect(gateway.textContent).toContain('Not allowed on this platform');
    expect(gateway.querySelector('button')).toBeNull();
    expect(element().querySelector('.provider[data-provider="stripe"]')?.textContent).toContain(
      'Added to this store',
    );
  });

  it('saves the new positions of the methods that moved, one after the other', async () => {
    await render();
    click(element().querySelector('[aria-label="Move Card up"]'));
    const first = backend.expectOne(`${METHODS_URL}/b`);
    expect(first.request.body).toMatchObject({
      position: 0,
      version: 5,
      settings: { publishableKey: 'pk' },
    });
    first.flush({ ...card, position: 0 });
    const second = backend.expectOne(`${METHODS_URL}/a`);
    expect(second.request.body).toMatchObject({ position: 1 });
    second.flush({ ...bank, position: 1 });
    TestBed.tick();
    backend.expectOne(METHODS_URL).flush([
      { ...card, position: 0 },
      { ...bank, position: 1 },
    ]);
    await fixture.whenStable();
    expect(element().querySelector('.method .method-name')?.textContent).toBe('Card');
  });

  it('shows the methods without actions to users who may not manage payments', async () => {
    await render(withPermissions(STORES_OWNER, ['Commerce.Stores']));
    expect(byText(element(), 'button', 'Enable')).toBeUndefined();
    expect(element().querySelector('[aria-label="Edit Card"]')).toBeNull();
    expect(element().querySelectorAll('.method')).toHaveLength(2);
  });
});
