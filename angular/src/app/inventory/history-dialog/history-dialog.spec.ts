import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { click, queryOf } from '../../testing/dom';
import { movement, stockItem } from '../../testing/inventory';
import { HistoryDialog } from './history-dialog';

describe('HistoryDialog', () => {
  let fixture: ComponentFixture<HistoryDialog>;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HistoryDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MAT_DIALOG_DATA, useValue: stockItem() },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HistoryDialog);
  });

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function page(skip: string) {
    const request = backend.expectOne((r) => r.url === '/api/inventory/stock/v1/movements');
    expect(queryOf(request.request.params)).toEqual({ SkipCount: skip, MaxResultCount: '20' });
    return request;
  }

  it('shows the movements with their reason, signed quantity, who and note; then the next page', async () => {
    TestBed.tick();
    page('0').flush({
      items: [
        movement({
          id: 'm2',
          quantity: -2,
          onHandAfter: 3,
          reason: 'Adjusted',
          userId: 'u1',
          note: 'Broken',
        }),
        movement(),
      ],
      totalCount: 45,
    });
    await fixture.whenStable();
    const rows = Array.from(element().querySelectorAll('tr.mat-mdc-row'));
    expect(rows.length).toBe(2);
    expect(rows[0].querySelector('.chip')?.textContent).toBe('Adjusted');
    expect(rows[0].querySelector('.quantity')?.textContent?.trim()).toBe('-2');
    expect(rows[0].querySelector('.who')?.textContent).toBe('u1');
    expect(rows[0].textContent).toContain('Broken');
    expect(rows[1].querySelector('.quantity')?.textContent?.trim()).toBe('+5');
    expect(rows[1].querySelector('.who')?.textContent).toBe('System');

    click(element().querySelector('button[aria-label="Next page"]'));
    page('20').flush({ items: [], totalCount: 45 });
    await fixture.whenStable();
  });
});
