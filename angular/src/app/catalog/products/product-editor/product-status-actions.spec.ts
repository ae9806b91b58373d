import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ProductDto } from '../../../api/generated/models/product-dto';
import { product } from '../../../testing/catalog';
import { byText, click } from '../../../testing/dom';
import { pageTestProviders } from '../../../testing/providers';
import { ProductStatusActions } from './product-status-actions';

describe('ProductStatusActions', () => {
  let fixture: ComponentFixture<ProductStatusActions>;
  let backend: HttpTestingController;

  async function render(shown: ProductDto, canDelete: boolean) {
    TestBed.configureTestingModule({
      imports: [ProductStatusActions],
      providers: pageTestProviders(),
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProductStatusActions);
    fixture.componentRef.setInput('product', shown);
    fixture.componentRef.setInput('canDelete', canDelete);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function buttons(): string[] {
    const element = fixture.nativeElement as HTMLElement;
    return Array.from(element.querySelectorAll('button')).map((b) => b.textContent?.trim() ?? '');
  }

  it('offers every status but the current one, and delete only with its permission', async () => {
    await render(product({ status: 'Draft' }), false);
    expect(buttons()).toEqual(['Activate', 'Archive']);

    fixture.componentRef.setInput('product', product({ status: 'Active' }));
    fixture.componentRef.setInput('canDelete', true);
    await fixture.whenStable();
    expect(buttons()).toEqual(['Move to draft', 'Archive', 'Delete…']);
  });

  it('moves the product to the status and hands on what the host answers', async () => {
    await render(product({ status: 'Draft' }), false);
    const changed: ProductDto[] = [];
    fixture.componentInstance.changed.subscribe((p) => changed.push(p));

    click(byText(fixture.nativeElement as HTMLElement, 'button', 'Activate'));
    const request = backend.expectOne('/api/catalog/products/p1/activate');
    expect(request.request.method).toBe('POST');
    request.flush(product({ status: 'Active', version: 5 }));

    expect(changed.map((p) => [p.status, p.version])).toEqual([['Active', 5]]);
  });
});
