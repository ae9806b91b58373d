import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { byText, click, type } from '../../testing/dom';
import { stockItem } from '../../testing/inventory';
import { problem } from '../../testing/problems';
import { AdjustDialog, AdjustDialogData } from './adjust-dialog';

describe('AdjustDialog', () => {
  let fixture: ComponentFixture<AdjustDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  async function render(data: AdjustDialogData) {
    close = vi.fn();
    TestBed.configureTestingModule({
      imports: [AdjustDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdjustDialog);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function input(name: string): HTMLInputElement {
    return element().querySelector(`input[formcontrolname="${name}"]`) as HTMLInputElement;
  }

  function submit(): void {
    click(element().querySelector('button[type="submit"]'));
  }

  it('adds to one variant with the reason and note', async () => {
    await render({ items: [stockItem()] });
    type(input('quantity'), '5');
    type(input('note'), 'PO 12');
    submit();
    const request = backend.expectOne('/api/inventory/stock/v1/changes');
    expect(request.request.body).toEqual({ quantity: 5, reason: 'Received', note: 'PO 12' });
    request.flush(stockItem({ onHand: 10 }));
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith([expect.objectContaining({ onHand: 10 })]);
  });

  it('shows a refusal of the quantity at its field', async () => {
    await render({ items: [stockItem()] });
    type(input('quantity'), '-9');
    submit();
    backend
      .expectOne('/api/inventory/stock/v1/changes')
      .flush(...problem(400, 'Commerce:Inventory:InvalidQuantity', 'Stock cannot go below zero.'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element().querySelector('mat-error')?.textContent).toBe('Stock cannot go below zero.');
    expect(close).not.toHaveBeenCalled();
  });

  it('sets a counted value on every selected variant in one call', async () => {
    await render({ items: [stockItem()], variantIds: ['v1', 'v2', 'v3'] });
    expect(element().querySelector('h2')?.textContent).toBe('Adjust 3 variants');
    click(byText(element(), 'button', 'Set counted'));
    type(input('quantity'), '20');
    submit();
    const request = backend.expectOne('/api/inventory/stock/changes');
    expect(request.request.body).toEqual({
      items: ['v1', 'v2', 'v3'].map((variantId) => ({
        variantId,
        quantity: 20,
        reason: 'Counted',
        note: null,
      })),
    });
    request.flush([]);
    await fixture.whenStable();
    expect(close).toHaveBeenCalled();
  });

  it("shows the host's refusal of a bulk change in the dialog (nothing changed)", async () => {
    await render({ items: [], variantIds: ['v1', 'v2'] });
    type(input('quantity'), '-3');
    submit();
    backend
      .expectOne('/api/inventory/stock/changes')
      .flush(
        ...problem(409, 'Commerce:Inventory:StockBelowReserved', 'Stock cannot go below reserved.'),
      );
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toBe(
      'Stock cannot go below reserved.',
    );
    expect(close).not.toHaveBeenCalled();
  });
});
