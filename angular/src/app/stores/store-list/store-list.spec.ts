import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ApplicationConfigurationDto } from '../../api/generated/models/application-configuration-dto';
import { StoreDto } from '../../api/generated/models/store-dto';
import { loadConfiguration, withPermissions } from '../../testing/application-configurations';
import { byText } from '../../testing/dom';
import { pageTestProviders } from '../../testing/providers';
import { STORES_OWNER, store } from '../../testing/stores';
import { StoreList, storeLimitReason } from './store-list';

describe('storeLimitReason', () => {
  it('allows the first store on any plan', () => {
    expect(storeLimitReason(0, false, 1)).toBeNull();
  });

  it('needs multi-store for a second store', () => {
    expect(storeLimitReason(1, false, 5)).toContain('Your plan includes one store');
  });

  it("stops at the plan's store limit", () => {
    expect(storeLimitReason(2, true, 3)).toBeNull();
    expect(storeLimitReason(3, true, 3)).toBe(
      'Your plan allows 3 stores. Upgrade the plan to open another.',
    );
    expect(storeLimitReason(9, true, undefined)).toBeNull();
  });
});

describe('StoreList', () => {
  let fixture: ComponentFixture<StoreList>;
  let backend: HttpTestingController;

  async function render(configuration: ApplicationConfigurationDto, stores: StoreDto[]) {
    TestBed.configureTestingModule({
      imports: [StoreList],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(StoreList);
    TestBed.tick();
    backend.expectOne('/api/stores').flush(stores);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the stores with their storefront address, status and currency', async () => {
    await render(STORES_OWNER, [store(), store({ id: 's-2', name: 'Outlet', status: 'Closed' })]);
    const rows = Array.from(element().querySelectorAll('tr.mat-mdc-row'));
    expect(rows.map((row) => row.querySelector('.store-name')?.textContent?.trim())).toEqual([
      'Demo Outfitters',
      'Outlet',
    ]);
    const link = rows[0].querySelector('td.mat-column-address a') as HTMLAnchorElement;
    expect(link.textContent).toBe('demo-outfitters.localhost');
    expect(link.href).toMatch(/^http:\/\/demo-outfitters\.localhost(:\d+)?\/$/);
    expect(rows[0].textContent).toContain('shop.example.com');
    expect(rows[1].querySelector('.status')?.textContent).toBe('Closed');
    expect(byText(element(), 'button', 'Add store')).toBeDefined();
  });

  it('says why a second store is not possible instead of offering a button that fails', async () => {
    const free = {
      ...STORES_OWNER,
      features: { 'Commerce.Stores.MultiStore': 'false', 'Commerce.Stores.MaxStoreCount': '1' },
    };
    await render(free, [store()]);
    expect(byText(element(), 'button', 'Add store')).toBeUndefined();
    expect(element().querySelector('[data-testid="store-limit"]')?.textContent).toContain(
      'Your plan includes one store',
    );
  });

  it('offers the first store on a plan without multi-store', async () => {
    const free = { ...STORES_OWNER, features: { 'Commerce.Stores.MultiStore': 'false' } };
    await render(free, []);
    expect(byText(element(), 'button', 'Add store')).toBeDefined();
    expect(element().textContent).toContain('No stores yet. Add one to open your storefront.');
  });

  it('shows neither the button nor the plan to users who may not add stores', async () => {
    await render(withPermissions(STORES_OWNER, ['Commerce.Stores']), [store()]);
    expect(byText(element(), 'button', 'Add store')).toBeUndefined();
    expect(element().querySelector('[data-testid="store-limit"]')).toBeNull();
  });
});
