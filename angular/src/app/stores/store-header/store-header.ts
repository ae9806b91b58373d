import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';

import { StoreDto } from '../../api/generated/models/store-dto';
import { storefrontUrl } from '../shared/regional';

export type StorePage = 'settings' | 'shipping' | 'payments';

/** The heading of a store's pages: its name and status, a link to its storefront, and tabs between the pages. */
@Component({
  selector: 'app-store-header',
  imports: [MatButtonModule, MatTabsModule, RouterLink],
  template: `
    <div class="page-header">
      <div class="title">
        <h1>{{ heading() }}</h1>
        @if (store(); as s) {
          <span class="status" [attr.data-status]="s.status">{{ s.status }}</span>
        }
      </div>
      <div class="links">
        @if (url(); as href) {
          <a matButton="outlined" [href]="href" target="_blank" rel="noopener">View storefront</a>
        }
        <a matButton routerLink="/stores">Back to stores</a>
      </div>
    </div>
    <nav
      mat-tab-nav-bar
      mat-stretch-tabs="false"
      [tabPanel]="panel"
      aria-label="Store pages"
      class="store-tabs"
    >
      @for (tab of tabs; track tab.page) {
        <a mat-tab-link [routerLink]="link(tab.page)" [active]="active() === tab.page">{{
          tab.label
        }}</a>
      }
    </nav>
    <mat-tab-nav-panel #panel />
  `,
  styles: `
    .title {
      display: flex;
      align-items: center;
      gap: 12px;
      min-width: 0;
    }

    .links {
      display: flex;
      gap: 8px;
    }

    .status {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }

    .status[data-status='Closed'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .store-tabs {
      margin: -8px 0 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoreHeader {
  readonly storeId = input.required<string>();
  readonly store = input<StoreDto | null>(null);
  readonly active = input.required<StorePage>();

  protected readonly tabs: readonly { page: StorePage; label: string }[] = [
    { page: 'settings', label: 'Settings' },
    { page: 'shipping', label: 'Shipping' },
    { page: 'payments', label: 'Payments' },
  ];

  protected link(page: StorePage): string[] {
    return page === 'settings' ? ['/stores', this.storeId()] : ['/stores', this.storeId(), page];
  }

  protected readonly heading = computed(() => this.store()?.name ?? 'Store');
  protected readonly url = computed(() => {
    const domain = this.store()?.defaultDomain;
    return domain ? storefrontUrl(domain) : null;
  });
}
