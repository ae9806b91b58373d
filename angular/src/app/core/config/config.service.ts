import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { Api } from '../../api/generated/api';
import { apiApplicationConfigurationGet } from '../../api/generated/fn/application-configuration/api-application-configuration-get';
import { ApplicationConfigurationDto } from '../../api/generated/models/application-configuration-dto';

export const APPLICATION_CONFIGURATION_URL = apiApplicationConfigurationGet.PATH;

/** Nobody signed in, nothing granted: what the app assumes until the host says otherwise. */
export const ANONYMOUS_CONFIGURATION: ApplicationConfigurationDto = {
  currentUser: { isAuthenticated: false, roles: [] },
  currentTenant: null,
  grantedPermissions: [],
  features: {},
  policies: {},
  localization: { currentCulture: 'en', texts: {} },
};

/** The application configuration, loaded once at start-up, as signals for templates, menus and guards. */
@Injectable({ providedIn: 'root' })
export class ConfigService {
  private readonly api = inject(Api);
  private readonly state = signal<ApplicationConfigurationDto>(ANONYMOUS_CONFIGURATION);

  readonly configuration = this.state.asReadonly();
  readonly currentUser = computed(() => this.state().currentUser);
  readonly currentTenant = computed(() => this.state().currentTenant ?? null);
  private readonly granted = computed(() => new Set(this.state().grantedPermissions));

  /**
   * Reads who is signed in, the tenant, the permissions and the features (with the access token when signed
   * in). If the host cannot answer — one without the endpoint (404), or an outage — the app runs as anonymous
   * with nothing granted.
   */
  async load(): Promise<void> {
    try {
      const configuration = await firstValueFrom(this.api.invoke(apiApplicationConfigurationGet));
      this.state.set({ ...ANONYMOUS_CONFIGURATION, ...configuration });
    } catch (error) {
      console.warn('The application configuration could not be loaded', error);
      this.state.set(ANONYMOUS_CONFIGURATION);
    }
  }

  isGranted(permission: string): boolean {
    return this.granted().has(permission);
  }

  /** A feature's value for the current tenant, or undefined when the host did not send it. */
  feature(name: string): string | undefined {
    return this.state().features[name];
  }

  /** A platform policy's value for the current tenant (a List policy is comma-separated), or undefined. */
  policy(name: string): string | undefined {
    return this.state().policies[name];
  }

  /** True when a toggle feature is on ("true"). */
  isFeatureEnabled(name: string): boolean {
    return this.feature(name)?.toLowerCase() === 'true';
  }
}
