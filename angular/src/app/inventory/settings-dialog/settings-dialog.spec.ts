import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogRef } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';

import { click, type } from '../../testing/dom';
import { SettingsDialog } from './settings-dialog';

describe('SettingsDialog', () => {
  let fixture: ComponentFixture<SettingsDialog>;
  let backend: HttpTestingController;
  let close: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    close = vi.fn();
    TestBed.configureTestingModule({
      imports: [SettingsDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatDialogRef, useValue: { close } },
        { provide: MatSnackBar, useValue: { open: vi.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SettingsDialog);
    backend
      .expectOne('/api/inventory/settings')
      .flush({ defaultLowStockThreshold: 5, lowStockAlertsEnabled: true });
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the current settings and saves the changed ones', async () => {
    const threshold = element().querySelector(
      'input[formcontrolname="defaultLowStockThreshold"]',
    ) as HTMLInputElement;
    expect(threshold.value).toBe('5');
    type(threshold, '2');
    click(element().querySelector('mat-slide-toggle button'));
    click(element().querySelector('button[type="submit"]'));
    const request = backend.expectOne('/api/inventory/settings');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      defaultLowStockThreshold: 2,
      lowStockAlertsEnabled: false,
    });
    request.flush(request.request.body);
    await fixture.whenStable();
    expect(close).toHaveBeenCalledWith({
      defaultLowStockThreshold: 2,
      lowStockAlertsEnabled: false,
    });
  });

  it('wants a threshold of 0 or more before asking the host', () => {
    const threshold = element().querySelector(
      'input[formcontrolname="defaultLowStockThreshold"]',
    ) as HTMLInputElement;
    type(threshold, '-1');
    click(element().querySelector('button[type="submit"]'));
    backend.expectNone((r) => r.method === 'PUT');
    expect(close).not.toHaveBeenCalled();
  });
});
