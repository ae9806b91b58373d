import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AuthService } from '../core/auth/auth.service';
import { PLATFORM_ADMIN, loadConfiguration } from '../testing/application-configurations';
import { Shell } from './shell';

describe('Shell', () => {
  let signOut: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    signOut = vi.fn();
    await TestBed.configureTestingModule({
      imports: [Shell],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: AuthService,
          useValue: {
            isSignedIn: signal(true),
            identity: signal({ email: 'someone@example.test' }),
            signOut,
          },
        },
      ],
    }).compileComponents();
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function navLabels(el: HTMLElement): (string | undefined)[] {
    const nav = el.querySelector('mat-sidenav nav');
    return Array.from(nav?.querySelectorAll('a') ?? []).map((a) => a.textContent?.trim());
  }

  it('shows the brand and the app title in the header toolbar', async () => {
    const el = await render();
    const toolbar = el.querySelector('header mat-toolbar');
    expect(toolbar?.textContent).toContain('Commerce');
    expect(toolbar?.textContent).toContain('Backoffice');
  });

  it('renders a labelled navigation with only the Dashboard link when nothing is granted', async () => {
    const el = await render();
    expect(el.querySelector('mat-sidenav nav')?.getAttribute('aria-label')).toBe('Main navigation');
    expect(navLabels(el)).toEqual(['Dashboard']);
    expect(el.querySelector('mat-sidenav nav a')?.getAttribute('href')).toBe('/dashboard');
  });

  it('adds the Center Control entries the user is granted', async () => {
    await loadConfiguration(PLATFORM_ADMIN);
    const el = await render();
    expect(navLabels(el)).toEqual(['Dashboard', 'Tenants', 'Editions']);
  });

  it('shows the current user and tenant, and signs out', async () => {
    await loadConfiguration({
      ...PLATFORM_ADMIN,
      currentTenant: {
        id: 't',
        slug: 'demo',
        name: 'Demo Outfitters',
        status: 'Active',
      },
    });
    const el = await render();
    expect(el.querySelector('[data-testid="current-user"]')?.textContent).toContain(
      'Platform Admin',
    );
    expect(el.querySelector('[data-testid="current-tenant"]')?.textContent).toContain(
      'Demo Outfitters',
    );

    const button = Array.from(el.querySelectorAll('header button')).find(
      (b) => b.textContent?.trim() === 'Sign out',
    ) as HTMLButtonElement;
    button.click();
    expect(signOut).toHaveBeenCalled();
  });

  it('falls back to the id token and Center Control when the host sends no user', async () => {
    const el = await render();
    expect(el.querySelector('[data-testid="current-user"]')?.textContent).toContain(
      'someone@example.test',
    );
    expect(el.querySelector('[data-testid="current-tenant"]')?.textContent).toContain(
      'Center Control',
    );
  });

  it('has a main landmark for the routed page and a labelled menu button', async () => {
    const el = await render();
    expect(el.querySelector('mat-sidenav-content main')).not.toBeNull();
    const toggle = el.querySelector('header button');
    expect(toggle?.getAttribute('aria-label')).toBe('Toggle navigation');
    expect(el.querySelector('h1')).toBeNull();
  });
});
