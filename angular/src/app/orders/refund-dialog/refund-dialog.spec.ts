import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';

import { byText, click, type } from '../../testing/dom';
import { order } from '../../testing/orders';
import { RefundDialog } from './refund-dialog';

describe('RefundDialog', () => {
  let fixture: ComponentFixture<RefundDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  async function render() {
    close = vi.fn();
    TestBed.configureTestingModule({
      imports: [RefundDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: order() },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RefundDialog);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('refunds an amount with its reason', async () => {
    await render();
    type(element().querySelector('input[name="amount"]'), '10');
    type(element().querySelector('input[name="reason"]'), 'Scratched');
    await fixture.whenStable();
    click(element().querySelector('button[type="submit"]'));
    const request = backend.expectOne('/api/ordering/orders/o1/refunds');
    expect(request.request.body).toEqual({ amount: 10, reason: 'Scratched' });
    request.flush(order({ refundedTotal: 10, paymentStatus: 'PartiallyRefunded' }));
    expect(close).toHaveBeenCalledWith(expect.objectContaining({ refundedTotal: 10 }));
  });

  it('refunds chosen items and restocks them', async () => {
    await render();
    click(byText(element(), 'button', 'Items'));
    await fixture.whenStable();
    type(element().querySelector('input[type="number"]'), '1');
    click(element().querySelector('button[type="submit"]'));
    const request = backend.expectOne('/api/ordering/orders/o1/refunds');
    expect(request.request.body).toEqual({
      lines: [{ orderLineId: 'l1', quantity: 1 }],
      restock: true,
      reason: null,
    });
    request.flush(order());
  });

  it('refuses a refund of nothing', async () => {
    await render();
    click(element().querySelector('button[type="submit"]'));
    backend.expectNone('/api/ordering/orders/o1/refunds');
    expect(element().querySelector('[role="alert"]')?.textContent).toContain('above zero');
  });
});
