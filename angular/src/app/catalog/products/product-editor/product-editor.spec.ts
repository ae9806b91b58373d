import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ProductDto } from '../../../api/generated/models/product-dto';
import { CATALOG_OWNER, product } from '../../../testing/catalog';
import { loadConfiguration } from '../../../testing/application-configurations';
import { byText, click, type } from '../../../testing/dom';
import { pageTestProviders } from '../../../testing/providers';
import { ProductEditor } from './product-editor';

describe('ProductEditor', () => {
  let fixture: ComponentFixture<ProductEditor>;
  let backend: HttpTestingController;

  /** Answers every lookup the page makes around the product (sets, categories, stock, images). */
  function answerLookups(): void {
    for (const request of backend.match(() => true)) {
      const url = request.request.url;
      if (url === '/api/catalog/attribute-sets') {
        request.flush({ items: [], totalCount: 0 });
      } else if (url === '/api/catalog/categories') {
        request.flush([]);
      } else if (url.startsWith('/api/inventory/stock/')) {
        request.flush({ title: 'Not found' }, { status: 404, statusText: 'Not Found' });
      } else if (url.endsWith('/images')) {
        request.flush([]);
      } else if (url === '/api/stores') {
        request.flush([]);
      } else {
        throw new Error(`Unexpected request ${request.request.method} ${url}`);
      }
    }
  }

  async function render(id: string | undefined, loaded?: ProductDto) {
    TestBed.configureTestingModule({
      imports: [ProductEditor],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(CATALOG_OWNER);
    fixture = TestBed.createComponent(ProductEditor);
    if (id) {
      fixture.componentRef.setInput('id', id);
    }
    fixture.detectChanges();
    TestBed.tick();
    if (id && loaded) {
      backend.expectOne(`/api/catalog/products/${id}`).flush(loaded);
    }
    await settle();
  }

  /** Lets the page render and answers what it asks for, until it asks for nothing more. */
  async function settle(): Promise<void> {
    for (let round = 0; round < 6; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      TestBed.tick();
      fixture.detectChanges();
      answerLookups();
    }
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('suggests the handle from the title and creates a draft with its options', async () => {
    await render(undefined);
    type(element().querySelector('input[formcontrolname="title"]'), 'Summer T-Shirt');
    fixture.detectChanges();
    expect(
      (element().querySelector('input[formcontrolname="handle"]') as HTMLInputElement).value,
    ).toBe('summer-t-shirt');
    type(element().querySelector('input[formcontrolname="price"]'), '19.99');
    click(byText(element(), 'button', 'Add option'));
    fixture.detectChanges();
    type(element().querySelector('input[formcontrolname="name"]'), 'Size');
    fixture.detectChanges();
    click(byText(element(), 'button', 'Create product'));
    // The option has no values yet: nothing is sent.
    backend.expectNone('/api/catalog/products');
  });

  it('saves the options, then generates the missing variants', async () => {
    await render('p1', product());
    expect(element().textContent).toContain('Variants (2)');
    const values = element().querySelector(
      'input[aria-label="Values of option 1"]',
    ) as HTMLInputElement;
    values.value = 'L';
    values.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13 } as KeyboardEventInit),
    );
    TestBed.tick();
    fixture.detectChanges();
    expect(element().querySelector('[data-testid="variant-preview"]')?.textContent).toContain(
      '3 combinations',
    );

    click(byText(element(), 'button', 'Generate variants'));
    const update = backend.expectOne('/api/catalog/products/p1');
    expect(update.request.method).toBe('PUT');
    expect(update.request.body).toEqual(
      expect.objectContaining({ options: [{ name: 'Size', values: ['S', 'M', 'L'] }], version: 4 }),
    );
    update.flush(product({ options: [{ name: 'Size', values: ['S', 'M', 'L'] }], version: 5 }));
    const generate = backend.expectOne('/api/catalog/products/p1/variants/generate');
    expect(generate.request.body).toEqual({ version: 5 });
    const generated = product({
      options: [{ name: 'Size', values: ['S', 'M', 'L'] }],
      variants: [
        ...product().variants,
        { id: 'v3', optionValues: ['L'], price: 19.99, position: 2, storePrices: [] },
      ],
      version: 6,
    });
    generate.flush(generated);
    await settle();
    expect(element().textContent).toContain('Variants (3)');
  });

  it('offers a reload when someone else saved first', async () => {
    await render('p1', product());
    type(element().querySelector('input[formcontrolname="title"]'), 'Renamed');
    fixture.detectChanges();
    click(element().querySelector('.save-bar button[type="submit"]'));
    backend
      .expectOne('/api/catalog/products/p1')
      .flush(
        { title: 'Changed by someone else', code: 'Commerce:StaleVersion' },
        { status: 409, statusText: 'Conflict' },
      );
    fixture.detectChanges();
    expect(element().querySelector('.stale')?.textContent).toContain('Someone else changed');
  });
});
