import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ProductImportDto } from '../api/generated/models/product-import-dto';
import { Permissions } from '../core/permissions/permissions';
import {
  STORE_OWNER,
  loadConfiguration,
  withPermissions,
} from '../testing/application-configurations';
import { byText } from '../testing/dom';
import { pageTestProviders } from '../testing/providers';
import { CatalogTransfers } from './catalog-transfers';

const IMPORTS = '/api/catalog/product-transfers/imports';

function imported(overrides: Partial<ProductImportDto> = {}): ProductImportDto {
  return {
    id: 'i-1',
    fileName: 'spring.csv',
    status: 'Queued',
    totalRows: 0,
    processedRows: 0,
    createdProducts: 0,
    updatedProducts: 0,
    errors: [],
    ...overrides,
  };
}

describe('CatalogTransfers', () => {
  let fixture: ComponentFixture<CatalogTransfers>;
  let backend: HttpTestingController;

  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [CatalogTransfers],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(withPermissions(STORE_OWNER, permissions));
    fixture = TestBed.createComponent(CatalogTransfers);
    TestBed.tick();
  }

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  /** Picks a file in the hidden input, as the file dialog would. */
  function choose(file: File): void {
    const input = element().querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    TestBed.tick();
  }

  afterEach(() => {
    vi.useRealTimers();
    backend.verify();
  });

  it('uploads the file, polls the import while it runs and shows the summary', async () => {
    await render([Permissions.ProductsImport, Permissions.ProductsExport]);
    backend
      .expectOne((r) => r.url === IMPORTS && r.method === 'GET')
      .flush({ totalCount: 0, items: [] });
    vi.useFakeTimers();

    choose(new File(['handle,price\nmug,9\n'], 'spring.csv', { type: 'text/csv' }));
    const upload = backend.expectOne((r) => r.url === IMPORTS && r.method === 'POST');
    expect((upload.request.body as FormData).get('file')).toBeInstanceOf(File);
    upload.flush(imported());

    await vi.advanceTimersByTimeAsync(0);
    backend
      .expectOne(`${IMPORTS}/i-1`)
      .flush(imported({ status: 'Running', totalRows: 4, processedRows: 1 }));
    TestBed.tick();
    expect(element().querySelector('[data-testid="import-status"]')?.textContent).toContain(
      '1 of 4 rows',
    );

    await vi.advanceTimersByTimeAsync(1000);
    backend.expectOne(`${IMPORTS}/i-1`).flush(
      imported({
        status: 'Succeeded',
        totalRows: 4,
        processedRows: 4,
        createdProducts: 2,
        updatedProducts: 1,
      }),
    );
    TestBed.tick();
    backend
      .expectOne((r) => r.url === IMPORTS && r.method === 'GET')
      .flush({ totalCount: 1, items: [imported()] });
    TestBed.tick();

    expect(element().querySelector('[data-testid="import-summary"]')?.textContent).toContain(
      '2 products created',
    );
    await vi.advanceTimersByTimeAsync(5000);
    backend.expectNone(`${IMPORTS}/i-1`);
  });

  it('lists every row error of a failed import', async () => {
    await render([Permissions.ProductsImport]);
    backend
      .expectOne((r) => r.url === IMPORTS && r.method === 'GET')
      .flush({ totalCount: 0, items: [] });
    vi.useFakeTimers();

    choose(new File(['x'], 'broken.csv'));
    backend.expectOne((r) => r.url === IMPORTS && r.method === 'POST').flush(imported());
    await vi.advanceTimersByTimeAsync(0);
    backend.expectOne(`${IMPORTS}/i-1`).flush(
      imported({
        status: 'Failed',
        errors: [
          {
            row: 2,
            column: 'price',
            code: 'Commerce:ProductTransfers:InvalidValue',
            message: "The value 'abc' is not valid in the column price.",
          },
          {
            row: 5,
            column: 'sku',
            code: 'Commerce:Catalog:DuplicateSku',
            message: "Another variant already has the SKU 'DUP'.",
          },
        ],
      }),
    );
    TestBed.tick();
    backend
      .expectOne((r) => r.url === IMPORTS && r.method === 'GET')
      .flush({ totalCount: 1, items: [] });
    TestBed.tick();

    const rows = Array.from(
      element().querySelectorAll('[data-testid="import-errors"] tr.mat-mdc-row'),
    );
    expect(rows.map((r) => r.querySelector('td')?.textContent?.trim())).toEqual(['2', '5']);
    expect(rows[1].textContent).toContain("Another variant already has the SKU 'DUP'.");
  });

  it('offers only the actions the user may take', async () => {
    await render([Permissions.ProductsExport]);
    expect(byText(element(), 'button', 'Export CSV')).toBeDefined();
    expect(byText(element(), 'button', 'Import CSV')).toBeUndefined();
    backend.expectNone(IMPORTS);
  });
});
