import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';

import { ApplicationConfigurationDto } from '../../api/generated/models/application-configuration-dto';
import { loadConfiguration, withPermissions } from '../../testing/application-configurations';
import { byText, click, type } from '../../testing/dom';
import { problem } from '../../testing/problems';
import { STORES_OWNER, store } from '../../testing/stores';
import { StoreSettings } from './store-settings';

const STORE_URL = '/api/stores/s-1';

describe('StoreSettings', () => {
  let fixture: ComponentFixture<StoreSettings>;
  let backend: HttpTestingController;
  let snackBar: ReturnType<typeof vi.fn>;

  async function render(configuration: ApplicationConfigurationDto = STORES_OWNER) {
    snackBar = vi.fn();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    TestBed.configureTestingModule({
      imports: [StoreSettings],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatSnackBar, useValue: { open: snackBar } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(StoreSettings);
    fixture.componentRef.setInput('id', 's-1');
    TestBed.tick();
    backend.expectOne(STORE_URL).flush(store());
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(name: string): HTMLInputElement {
    return element().querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  }

  async function openTab(label: string): Promise<void> {
    click(byText(element(), '[role="tab"]', new RegExp(`^${label}`)));
    await fixture.whenStable();
  }

  function selectedTab(): string {
    return (
      element()
        .querySelector('mat-tab-group [role="tab"][aria-selected="true"]')
        ?.textContent?.trim() ?? ''
    );
  }

  function save(): void {
    click(byText(element(), 'button', 'Save'));
  }

  it('shows the store in its sections, with the default domain as a link', async () => {
    await render();
    expect(element().querySelector('h1')?.textContent).toBe('Demo Outfitters');
    expect(input('name').value).toBe('Demo Outfitters');
    expect(input('slug').value).toBe('demo-outfitters');
    await openTab('Domains');
    const link = element().querySelector('[data-testid="default-domain"]') as HTMLAnchorElement;
    expect(link.textContent?.trim()).toBe('demo-outfitters.localhost');
    expect(element().querySelector('.domain-list')?.textContent).toContain('shop.example.com');
  });

  it('draws the preview from the form as the user types a color', async () => {
    await render();
    await openTab('Appearance');
    const preview = () => element().querySelector('[data-testid="theme-preview"]') as HTMLElement;
    expect(preview().style.getPropertyValue('--store-primary')).toBe('#1f2937');
    const primary = Array.from(
      element().querySelectorAll<HTMLInputElement>('input[matinput]'),
    ).find(
      (i) =>
        i.closest('mat-form-field')?.querySelector('mat-label')?.textContent === 'Primary color',
    );
    type(primary, '#ff5722');
    await fixture.whenStable();
    expect(preview().style.getPropertyValue('--store-primary')).toBe('#ff5722');
    expect(element().querySelector('.save-state')?.textContent).toBe('Unsaved changes');
  });

  it('adds a custom domain, refusing one under the platform domain', async () => {
    await render();
    await openTab('Domains');
    const field = element().querySelector(
      'input[placeholder="shop.example.com"]',
    ) as HTMLInputElement;
    type(field, 'shop2.demo.localhost');
    click(byText(element(), 'button', 'Add domain'));
    expect(element().textContent).toContain('Addresses under .localhost belong to the platform');
    type(field, 'WWW.Example.org');
    click(byText(element(), 'button', 'Add domain'));
    expect(element().querySelector('.domain-list')?.textContent).toContain('www.example.org');
  });

  it('saves the whole store with its version and shows the saved store', async () => {
    await render();
    type(input('name'), 'Demo Outfitters Berlin');
    save();
    const request = backend.expectOne(STORE_URL);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toMatchObject({
      name: 'Demo Outfitters Berlin',
      slug: 'demo-outfitters',
      domains: ['shop.example.com'],
      version: 7,
    });
    request.flush(store({ name: 'Demo Outfitters Berlin', version: 8 }));
    await fixture.whenStable();
    expect(snackBar).toHaveBeenCalledWith('Demo Outfitters Berlin is saved.', 'Dismiss', {
      duration: 4000,
    });
    expect(element().querySelector('h1')?.textContent).toBe('Demo Outfitters Berlin');
    expect(element().querySelector('.save-state')?.textContent).toBe('All changes saved');
  });

  it('uploads the logo and a banner image on the Appearance tab and saves their addresses', async () => {
    await render();
    await openTab('Appearance');
    const uploads = Array.from(element().querySelectorAll('app-store-media-upload button')).map(
      (b) => b.getAttribute('aria-label'),
    );
    expect(uploads).toEqual([
      'Upload the logo',
      'Upload the banner 1 image',
      'Upload the banner 2 image',
    ]);

    for (const [index, url] of [
      [0, '/media/store-media/t-1/logo/1920.png'],
      [2, '/media/store-media/t-1/banner/1920.png'],
    ] as const) {
      const picker = element().querySelectorAll<HTMLInputElement>('input[type="file"]')[index];
      Object.defineProperty(picker, 'files', { value: [new File(['png'], 'a.png')] });
      picker.dispatchEvent(new Event('change'));
      TestBed.tick();
      backend.expectOne('/api/stores/s-1/media').flush({ id: 'm', url, width: 1, height: 1 });
      await fixture.whenStable();
    }
    expect(element().querySelector('.save-state')?.textContent).toBe('Unsaved changes');
    save();

    const request = backend.expectOne(STORE_URL);
    expect(request.request.body).toMatchObject({
      logoUrl: '/media/store-media/t-1/logo/1920.png',
      theme: {
        banners: [{ title: 'First' }, { imageUrl: '/media/store-media/t-1/banner/1920.png' }],
      },
    });
    request.flush(store({ version: 8 }));
    await fixture.whenStable();
  });

  it('puts a refused currency at its field and goes to its section', async () => {
    await render();
    await openTab('Policies');
    save();
    backend
      .expectOne(STORE_URL)
      .flush(
        ...problem(
          400,
          'Commerce:Stores:InvalidCurrency',
          "'XYZ' is not an ISO 4217 currency code.",
        ),
      );
    await fixture.whenStable();
    expect(selectedTab()).toMatch(/^General/);
    expect(element().textContent).toContain("'XYZ' is not an ISO 4217 currency code.");
  });

  it('puts field errors of a validation problem on the fields, in their section', async () => {
    await render();
    save();
    backend.expectOne(STORE_URL).flush(
      {
        title: 'One or more fields are invalid.',
        code: 'Commerce:Validation',
        errors: { 'Theme.Banners[0].Title': ['The Title field is required.'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(selectedTab()).toMatch(/^Appearance/);
    expect(element().textContent).toContain('The Title field is required.');
  });

  it('offers a reload when someone else saved first', async () => {
    await render();
    save();
    backend
      .expectOne(STORE_URL)
      .flush(
        ...problem(409, 'Commerce:StaleVersion', 'Someone else changed this since you opened it.'),
      );
    await fixture.whenStable();
    expect(element().querySelector('.stale')?.textContent).toContain(
      'Someone else saved this store',
    );
    click(byText(element(), 'button', 'Reload'));
    backend.expectOne(STORE_URL).flush(store({ name: 'Changed elsewhere', version: 9 }));
    await fixture.whenStable();
    expect(element().querySelector('.stale')).toBeNull();
    expect(input('name').value).toBe('Changed elsewhere');
  });

  it('stops at invalid fields before asking the host', async () => {
    await render();
    type(input('slug'), 'Bad Slug');
    await openTab('Policies');
    save();
    backend.expectNone(STORE_URL);
    expect(selectedTab()).toMatch(/^General/);
    expect(snackBar).toHaveBeenCalledWith(
      'Some fields need attention before the store can be saved.',
      'Dismiss',
      { duration: 8000 },
    );
  });

  it('is read-only without the edit permission', async () => {
    await render(withPermissions(STORES_OWNER, ['Commerce.Stores']));
    expect(byText(element(), 'button', 'Save')).toBeUndefined();
    expect(input('name').disabled).toBe(true);
    expect(element().textContent).toContain('changing them needs the permission to edit stores');
  });
});
