import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';

import { TenantDto } from '../../../api/generated/models/tenant-dto';
import { Permissions } from '../../../core/permissions/permissions';
import { PLATFORM_ADMIN, loadConfiguration } from '../../../testing/application-configurations';
import { TenantList } from './tenant-list';

const TENANTS_URL = '/api/host/multi-tenancy/tenants';
const EDITIONS_URL = '/api/host/features/editions';

function tenant(n: number): TenantDto {
  return {
    id: `id-${n}`,
    name: `Tenant ${n}`,
    slug: `tenant-${n}`,
    status: 'Active',
    editionId: 'standard',
    creationTime: '2026-11-24T09:00:00Z',
    version: 1,
  };
}

describe('TenantList', () => {
  let fixture: ComponentFixture<TenantList>;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [TenantList],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    // jsdom lays nothing out, so the CDK finds no focusable element for cdkFocusInitial and warns.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration({
      ...PLATFORM_ADMIN,
      grantedPermissions: [
        ...PLATFORM_ADMIN.grantedPermissions,
        Permissions.TenantsCreate,
        Permissions.TenantsDelete,
      ],
    });
    fixture = TestBed.createComponent(TenantList);
    // Not whenStable(): the app is not stable while the list request is pending.
    TestBed.tick();
    backend
      .expectOne(EDITIONS_URL)
      .flush([{ id: 'standard', name: 'Standard', displayName: 'Standard', featureValues: {} }]);
  });

  afterEach(() => backend.verify());

  function expectTenantsRequest(): TestRequest {
    return backend.expectOne((request) => request.url === TENANTS_URL && request.method === 'GET');
  }

  function query(request: TestRequest): Record<string, string> {
    return Object.fromEntries(
      request.request.params.keys().map((k) => [k, String(request.request.params.get(k))]),
    );
  }

  async function respond(
    request: TestRequest,
    totalCount: number,
    items: TenantDto[],
  ): Promise<void> {
    request.flush({ totalCount, items });
    await fixture.whenStable();
  }

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  /** Clicks, then lets signals, effects and the resource react (as the browser's event loop would). */
  function click(target: Element | null): void {
    expect(target).not.toBeNull();
    (target as HTMLElement).click();
    TestBed.tick();
  }

  /** Opens a mat-select and picks the option with the given text (options render in the overlay). */
  function choose(select: Element | null, option: string): void {
    click(select?.querySelector('.mat-mdc-select-trigger') ?? null);
    const options = Array.from(document.querySelectorAll('mat-option'));
    click(options.find((o) => o.textContent?.trim() === option) ?? null);
  }

  function rowTexts(): string[] {
    const rows = element().querySelectorAll('tr.mat-mdc-row td:first-child');
    return Array.from(rows).map((cell) => cell.textContent?.trim() ?? '');
  }

  it('asks for the first page with no filter and shows the rows with their edition', async () => {
    const request = expectTenantsRequest();
    expect(query(request)).toEqual({ SkipCount: '0', MaxResultCount: '25' });

    await respond(request, 2, [tenant(1), tenant(2)]);

    expect(rowTexts()).toEqual(['Tenant 1', 'Tenant 2']);
    expect(element().textContent).toContain('Standard');
    expect(element().querySelectorAll('h1').length).toBe(1);
  });

  it('pages on the server: the next page skips what the first one showed, page size changes the count', async () => {
    await respond(
      expectTenantsRequest(),
      60,
      Array.from({ length: 25 }, (_, i) => tenant(i)),
    );

    click(element().querySelector('.mat-mdc-paginator-navigation-next'));
    const second = expectTenantsRequest();
    expect(query(second)).toEqual({ SkipCount: '25', MaxResultCount: '25' });
    await respond(second, 60, [tenant(26)]);
    expect(element().querySelector('.mat-mdc-paginator-range-label')?.textContent).toContain(
      '26 – 50 of 60',
    );

    choose(element().querySelector('mat-paginator mat-select'), '50');
    expect(query(expectTenantsRequest())).toEqual({ SkipCount: '0', MaxResultCount: '50' });
  });

  it('filters by status on the server and goes back to the first page', async () => {
    await respond(expectTenantsRequest(), 60, [tenant(1)]);
    click(element().querySelector('.mat-mdc-paginator-navigation-next'));
    await respond(expectTenantsRequest(), 60, [tenant(2)]);

    choose(element().querySelector('.filters mat-select'), 'Suspended');

    expect(query(expectTenantsRequest())).toEqual({
      Status: 'Suspended',
      SkipCount: '0',
      MaxResultCount: '25',
    });
  });

  it('searches on the server after the user stops typing', async () => {
    await respond(expectTenantsRequest(), 1, [tenant(1)]);

    const search = element().querySelector('input[type="search"]') as HTMLInputElement;
    search.value = '  acme ';
    search.dispatchEvent(new Event('input'));
    TestBed.tick();
    backend.expectNone((request) => request.url === TENANTS_URL);

    await new Promise((resolve) => setTimeout(resolve, 350));
    TestBed.tick();

    expect(query(expectTenantsRequest())).toEqual({
      Filter: 'acme',
      SkipCount: '0',
      MaxResultCount: '25',
    });
  });

  it('offers "New tenant" only with the create permission', async () => {
    await respond(expectTenantsRequest(), 0, []);
    const buttons = Array.from(element().querySelectorAll('button'));
    expect(buttons.some((b) => b.textContent?.includes('New tenant'))).toBe(true);
    expect(element().textContent).toContain('No tenants match.');
  });

  it('asks before deleting a tenant, deletes it and reloads the list', async () => {
    await respond(expectTenantsRequest(), 1, [tenant(1)]);

    click(element().querySelector('button[aria-label="Actions for Tenant 1"]'));
    const items = Array.from(document.querySelectorAll('[mat-menu-item]'));
    click(items.find((item) => item.textContent?.trim() === 'Delete…') ?? null);
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Delete Tenant 1?');
    const buttons = Array.from(dialog?.querySelectorAll('button') ?? []);
    click(buttons.find((button) => button.textContent?.trim() === 'Delete') ?? null);
    await new Promise((resolve) => setTimeout(resolve));

    const request = backend.expectOne(`${TENANTS_URL}/id-1`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    TestBed.tick();
    await respond(expectTenantsRequest(), 0, []);
    expect(element().textContent).toContain('No tenants match.');
  });
});
