import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { Dashboard } from './dashboard';

describe('Dashboard', () => {
  let fixture: ComponentFixture<Dashboard>;
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [Dashboard],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Dashboard);
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  function statusText(): string {
    const el = fixture.nativeElement as HTMLElement;
    return el.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  it('has a single "Dashboard" heading', () => {
    const headings = (fixture.nativeElement as HTMLElement).querySelectorAll('h1');
    expect(headings.length).toBe(1);
    expect(headings[0].textContent?.trim()).toBe('Dashboard');
    http.expectOne('/health/ready');
  });

  it('shows "API: checking…" while the request is pending', () => {
    expect(statusText()).toBe('API: checking…');
    http.expectOne('/health/ready');
  });

  it('shows "API: Healthy" when /health/ready answers 200', async () => {
    const req = http.expectOne('/health/ready');
    expect(req.request.method).toBe('GET');
    req.flush('Healthy');
    await fixture.whenStable();
    expect(statusText()).toBe('API: Healthy');
  });

  it('reads the status from a JSON health report', async () => {
    http.expectOne('/health/ready').flush('{"status":"Degraded"}');
    await fixture.whenStable();
    expect(statusText()).toBe('API: Degraded');
  });

  it('shows "API: Unhealthy" when /health/ready answers 503', async () => {
    http
      .expectOne('/health/ready')
      .flush('Unhealthy', { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(statusText()).toBe('API: Unhealthy');
  });

  it('shows "API: unreachable" when the request fails', async () => {
    http.expectOne('/health/ready').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(statusText()).toBe('API: unreachable');
  });
});
