import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatCardModule } from '@angular/material/card';

/** What the API's readiness probe reported, as shown to the user. */
export type ApiStatus = 'checking' | 'Healthy' | 'Degraded' | 'Unhealthy' | 'unreachable';

const HEALTH_URL = '/health/ready';
const KNOWN: readonly ApiStatus[] = ['Healthy', 'Degraded', 'Unhealthy'];

/** Reads "Healthy" (plain text) or {"status":"Healthy"} (JSON) from a health-check body. */
function parseStatus(body: unknown): ApiStatus | null {
  let value = typeof body === 'string' ? body.trim() : '';
  if (value.startsWith('{')) {
    try {
      const status: unknown = (JSON.parse(value) as { status?: unknown }).status;
      value = typeof status === 'string' ? status : '';
    } catch {
      value = '';
    }
  }
  return KNOWN.find((s) => s === value) ?? null;
}

@Component({
  selector: 'app-dashboard',
  imports: [MatCardModule],
  templateUrl: './dashboard.html',
  styleUrl: './dashboard.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Dashboard implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly status = signal<ApiStatus>('checking');

  ngOnInit(): void {
    this.http
      .get(HEALTH_URL, { responseType: 'text' })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (body) => this.status.set(parseStatus(body) ?? 'Healthy'),
        error: (err: HttpErrorResponse) =>
          this.status.set(
            err.status === 503 ? (parseStatus(err.error) ?? 'Unhealthy') : 'unreachable',
          ),
      });
  }
}
