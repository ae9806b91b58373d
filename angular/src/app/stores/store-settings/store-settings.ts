import { DragDropModule } from '@angular/cdk/drag-drop';
import { TextFieldModule } from '@angular/cdk/text-field';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';

import { Api } from '../../api/generated/api';
import { apiStoresIdGet } from '../../api/generated/fn/stores/api-stores-id-get';
import { apiStoresIdPut } from '../../api/generated/fn/stores/api-stores-id-put';
import { StoreDto } from '../../api/generated/models/store-dto';
import { ConfigService } from '../../core/config/config.service';
import { toProblem } from '../../core/errors/problem';
import { ProblemNotifier } from '../../core/errors/problem-notifier';
import { Permissions } from '../../core/permissions/permissions';
import { ControlErrors, errorMessage } from '../../shared/control-errors/control-errors';
import { countryChoices, currencyChoices, localeChoices, storefrontUrl } from '../shared/regional';
import { TimeZoneField } from '../shared/time-zone-field';
import { StoreHeader } from '../store-header/store-header';
import { ThemePreview } from '../theme-preview/theme-preview';
import { FONT_SUGGESTIONS, bannerList, colorControls, livePreview } from './store-appearance';
import { CustomDomains, platformSuffix } from './store-domains';
import {
  STORE_LIMITS,
  STORE_SECTIONS,
  StoreForm,
  createStoreForm,
  firstInvalidSection,
  problemControl,
  sectionInvalid,
  toUpdateStore,
} from './store-form';
import { StoreMediaUpload } from './store-media-upload';
import { StoreTaxFields } from './store-tax-fields';

/**
 * A store's settings on one page with one Save: General, Domains, Contact & address, Appearance (with a live
 * preview of the storefront) and Policies. Saves the whole store with its version; a stale version offers a
 * reload. Read-only without Commerce.Stores.Edit.
 */
@Component({
  selector: 'app-store-settings',
  imports: [
    ControlErrors,
    DragDropModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTabsModule,
    ReactiveFormsModule,
    StoreHeader,
    StoreMediaUpload,
    StoreTaxFields,
    TextFieldModule,
    ThemePreview,
    TimeZoneField,
  ],
  templateUrl: './store-settings.html',
  styleUrl: './store-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StoreSettings {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly notifier = inject(ProblemNotifier);

  /** The store's id, from the route. */
  readonly id = input.required<string>();

  protected readonly sections = STORE_SECTIONS;
  protected readonly limits = STORE_LIMITS;
  protected readonly fonts = FONT_SUGGESTIONS;
  protected readonly colorControls = colorControls;
  protected readonly banners = bannerList;
  protected readonly countries = countryChoices();
  protected readonly canEdit = computed(() => this.config.isGranted(Permissions.StoresEdit));
  protected readonly saving = signal(false);
  /** The host refused a save because someone else saved first. */
  protected readonly stale = signal(false);
  protected readonly selectedSection = signal(0);

  protected readonly data = rxResource({
    params: () => ({ id: this.id() }),
    stream: ({ params }) => this.api.invoke(apiStoresIdGet, { id: params.id }),
  });
  protected readonly store = computed<StoreDto | null>(() =>
    this.data.hasValue() ? (this.data.value() ?? null) : null,
  );
  protected readonly missing = computed(() => {
    const error = this.data.error();
    return !!error && toProblem(error).status === 404;
  });

  /** A fresh form whenever the store (re)loads or is saved. */
  protected readonly form = linkedSignal<StoreDto | null, StoreForm | null>({
    source: this.store,
    computation: (store) => (store ? this.createForm(store) : null),
  });

  /** The storefront as the form would make it, as the user types. */
  protected readonly preview = livePreview(this.form);

  protected readonly locales = computed(() => localeChoices(this.store()?.defaultLocale));
  protected readonly currencies = computed(() => currencyChoices(this.store()?.currency));
  protected readonly storefront = computed(() => {
    const domain = this.store()?.defaultDomain;
    return domain ? storefrontUrl(domain) : null;
  });
  protected readonly suffix = computed(() => platformSuffix(this.store()?.defaultDomain));

  /** The custom domains on the Domains tab, checked before they join the list. */
  protected readonly domains = new CustomDomains(this.suffix, this.form);

  constructor() {
    effect(() => {
      const error = this.data.error();
      if (error && !this.missing()) {
        this.notifier.notify(error);
      }
    });
  }

  protected sectionInvalid(form: StoreForm, label: string): boolean {
    return sectionInvalid(form, label);
  }

  protected message(control: AbstractControl): string {
    return errorMessage(control.errors);
  }

  // Save

  protected discard(): void {
    const store = this.store();
    if (store) {
      this.form.set(this.createForm(store));
    }
  }

  protected reload(): void {
    this.stale.set(false);
    this.data.reload();
  }

  protected save(): void {
    const form = this.form();
    const store = this.store();
    if (!form || !store) {
      return;
    }
    if (form.invalid) {
      form.markAllAsTouched();
      this.showFirstInvalid(form);
      this.notifier.warn('Some fields need attention before the store can be saved.');
      return;
    }
    this.saving.set(true);
    this.api
      .invoke(apiStoresIdPut, { id: store.id, body: toUpdateStore(form, store.version) })
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.stale.set(false);
          this.data.set(saved);
          this.notifier.success(`${saved.name} is saved.`);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = toProblem(error);
          if (problem.code === 'Commerce:StaleVersion') {
            this.stale.set(true);
            return;
          }
          const control = problemControl(form, problem);
          if (control) {
            control.setErrors({ ...control.errors, server: problem.title });
            control.markAsTouched();
          } else {
            this.notifier.notifyForm(error, form);
          }
          this.showFirstInvalid(form);
        },
      });
  }

  private showFirstInvalid(form: StoreForm): void {
    const section = firstInvalidSection(form);
    if (section >= 0) {
      this.selectedSection.set(section);
    }
  }

  private createForm(store: StoreDto): StoreForm {
    const form = createStoreForm(store);
    if (!this.canEdit()) {
      form.disable();
    }
    return form;
  }
}
