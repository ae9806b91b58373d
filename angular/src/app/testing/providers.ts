import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { vi } from 'vitest';

/**
 * What a page's spec needs around it: the HTTP client against HttpTestingController, a router with no routes,
 * Material without animations, and a snack bar whose `open` is a spy (read it with `TestBed.inject(MatSnackBar)`).
 */
export function pageTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideRouter([]),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    { provide: MatSnackBar, useValue: { open: vi.fn() } },
  ];
}
