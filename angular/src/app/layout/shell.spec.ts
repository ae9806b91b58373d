import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { Shell } from './shell';

describe('Shell', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [Shell],
      providers: [provideRouter([])],
    }).compileComponents();
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(Shell);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows the brand and the app title in the header toolbar', async () => {
    const el = await render();
    const toolbar = el.querySelector('header mat-toolbar');
    expect(toolbar?.textContent).toContain('Commerce');
    expect(toolbar?.textContent).toContain('Backoffice');
  });

  it('renders a labelled navigation with a Dashboard link', async () => {
    const el = await render();
    const nav = el.querySelector('mat-sidenav nav');
    expect(nav?.getAttribute('aria-label')).toBe('Main navigation');
    const links = Array.from(nav?.querySelectorAll('a') ?? []);
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Dashboard']);
    expect(links[0].getAttribute('href')).toBe('/dashboard');
  });

  it('has a main landmark for the routed page and a labelled menu button', async () => {
    const el = await render();
    expect(el.querySelector('mat-sidenav-content main')).not.toBeNull();
    const toggle = el.querySelector('header button');
    expect(toggle?.getAttribute('aria-label')).toBe('Toggle navigation');
    expect(el.querySelector('h1')).toBeNull();
  });
});
