import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Observable, of, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiCatalogProductsIdGet } from '../../../api/generated/fn/products/api-catalog-products-id-get';
import { ProductDto } from '../../../api/generated/models/product-dto';
import { ConfigService } from '../../../core/config/config.service';
import { toProblem } from '../../../core/errors/problem';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { AttributeFields } from '../../shared/attribute-fields';
import { CATALOG_LIMITS, suggestHandle, variantTitle } from '../../shared/catalog-logic';
import { CategoryPicker } from '../../shared/category-picker';
import { ChipsInput } from '../../shared/chips-input';
import { RichTextEditor } from '../../shared/rich-text-editor';
import { MediaGallery } from '../media-gallery/media-gallery';
import {
  ProductForm,
  createProductForm,
  setAttributeDefinitions,
  showOnControl,
} from '../product-form';
import { VariantsGrid } from '../variants-grid/variants-grid';
import { OptionsPreview } from './options-preview';
import { ProductHost } from './product-host';
import { ProductLookups } from './product-lookups';
import { ProductStatusActions } from './product-status-actions';

/**
 * A product on one page: details, description (rich text), SEO, organization (tags, stores, categories), its
 * attribute set's fields, options with generated variants, the variants grid (prices, stock) and the media
 * gallery. New products are created as drafts with their first variant's price; the variants and images come
 * once it exists. Saves with the version; a stale version offers a reload. Read-only without the edit permission.
 */
@Component({
  selector: 'app-product-editor',
  imports: [
    AttributeFields,
    CategoryPicker,
    ChipsInput,
    ControlErrors,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MediaGallery,
    ProductStatusActions,
    ReactiveFormsModule,
    RichTextEditor,
    RouterLink,
    VariantsGrid,
  ],
  templateUrl: './product-editor.html',
  styleUrl: './product-editor.scss',
  changeDetection: ChangeDetectionStrategy.Default,
})
export class ProductEditor {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);
  private readonly host = inject(ProductHost);
  private readonly notifier = inject(ProblemNotifier);
  private readonly router = inject(Router);

  /** The product's id, from the route; none on /catalog/products/new. */
  readonly id = input<string>();

  protected readonly limits = CATALOG_LIMITS;
  protected readonly isNew = computed(() => !this.id());
  protected readonly canEdit = computed(() =>
    this.config.isGranted(this.isNew() ? Permissions.ProductsCreate : Permissions.ProductsEdit),
  );
  protected readonly canDelete = computed(() => this.config.isGranted(Permissions.ProductsDelete));
  protected readonly canSeeStock = computed(() => this.config.isGranted(Permissions.Inventory));
  protected readonly canAdjustStock = computed(() =>
    this.config.isGranted(Permissions.InventoryAdjust),
  );
  protected readonly saving = signal(false);
  protected readonly stale = signal(false);

  protected readonly data = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.invoke(apiCatalogProductsIdGet, { id: params }),
  });
  protected readonly product = linkedSignal<ProductDto | null>(() =>
    this.data.hasValue() ? (this.data.value() ?? null) : null,
  );
  protected readonly missing = computed(() => {
    const error = this.data.error();
    return !!error && toProblem(error).status === 404;
  });

  protected readonly lookups = new ProductLookups();

  /** A fresh form whenever the product (re)loads or is saved; a new product's form once. */
  protected readonly form = linkedSignal<
    { product: ProductDto | null; isNew: boolean },
    ProductForm | null
  >({
    source: () => ({ product: this.product(), isNew: this.isNew() }),
    computation: ({ product, isNew }) =>
      product || isNew ? untracked(() => this.createForm(product)) : null,
  });
  /** Whether the handle still follows the title (a new product until the handle is edited). */
  private handleFollows = true;

  protected readonly attributeSetId = linkedSignal(() => this.product()?.attributeSetId ?? '');
  protected readonly definitions = computed(() =>
    this.lookups.definitionsOf(this.attributeSetId()),
  );
  protected readonly options = new OptionsPreview(this.product);

  constructor() {
    effect(() => {
      const error = this.data.error();
      if (error && !this.missing()) {
        this.notifier.notify(error);
      }
    });
    // The attribute fields follow the chosen set, once the sets are known.
    effect(() => {
      const form = this.form();
      const definitions = this.definitions();
      if (form) {
        setAttributeDefinitions(form, definitions, this.product());
        if (!this.canEdit()) {
          form.disable({ emitEvent: false });
        }
      }
    });
  }

  protected readonly title = variantTitle;

  // Title and handle

  protected titleChanged(form: ProductForm): void {
    if (this.isNew() && this.handleFollows) {
      form.controls.handle.setValue(suggestHandle(form.controls.title.value));
    }
  }

  protected handleEdited(): void {
    this.handleFollows = false;
  }

  protected toggleStore(form: ProductForm, storeId: string, on: boolean): void {
    const ids = form.controls.storeIds.value.filter((id) => id !== storeId);
    form.controls.storeIds.setValue(on ? [...ids, storeId] : ids);
    form.controls.storeIds.markAsDirty();
  }

  protected attributeSetChanged(id: string): void {
    this.attributeSetId.set(id ?? '');
  }

  // Options

  /**
   * Saves the options (the host keeps the variants that still match and makes the missing ones), then asks the
   * host to add a variant for every combination that has none.
   */
  protected generate(): void {
    const form = this.form();
    const product = this.product();
    if (!form || !product) {
      return;
    }
    if (form.controls.options.invalid) {
      form.controls.options.markAllAsTouched();
      this.notifier.warn('Every option needs a name and at least one value.');
      return;
    }
    const saved: Observable<ProductDto> = form.dirty
      ? this.host.update(form, product, this.definitions())
      : of(product);
    this.saving.set(true);
    saved.pipe(switchMap((current) => this.host.generateVariants(current))).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.accept(result);
        this.notifier.success(`${result.variants.length} variants.`);
      },
      error: (error: unknown) => this.failed(error, form),
    });
  }

  // Variants

  protected variantsChanged(product: ProductDto): void {
    // Keep what is typed in the product's own fields: only the version and variants change.
    const form = this.form();
    const options = this.options.value();
    this.product.set(product);
    if (form?.dirty) {
      this.form.set(form);
      this.options.value.set(options);
    }
  }

  // Save

  protected reload(): void {
    this.stale.set(false);
    this.data.reload();
  }

  protected discard(): void {
    const product = this.product();
    this.form.set(this.createForm(product));
    this.options.sync(this.form()!);
    this.attributeSetId.set(product?.attributeSetId ?? '');
  }

  protected save(): void {
    const form = this.form();
    if (!form) {
      return;
    }
    if (form.invalid) {
      form.markAllAsTouched();
      this.notifier.warn('Some fields need attention before the product can be saved.');
      return;
    }
    const product = this.product();
    this.saving.set(true);
    if (!product) {
      this.host.create(form, this.definitions()).subscribe({
        next: (created) => {
          this.saving.set(false);
          form.markAsPristine();
          this.notifier.success(`${created.title} is created.`);
          void this.router.navigate(['/catalog/products', created.id], { replaceUrl: true });
        },
        error: (error: unknown) => this.failed(error, form),
      });
      return;
    }
    this.host.update(form, product, this.definitions()).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.accept(saved);
        this.notifier.success(`${saved.title} is saved.`);
      },
      error: (error: unknown) => this.failed(error, form),
    });
  }

  /** The host's answer becomes the page's state (and a fresh form). */
  protected accept(product: ProductDto): void {
    this.stale.set(false);
    this.product.set(product);
  }

  private failed(error: unknown, form: ProductForm): void {
    this.saving.set(false);
    const problem = toProblem(error);
    if (problem.code === 'Commerce:StaleVersion') {
      this.stale.set(true);
      return;
    }
    if (showOnControl(form, problem)) {
      this.notifier.warn(problem.title);
    } else {
      this.notifier.notifyForm(error, form);
    }
  }

  private createForm(product: ProductDto | null): ProductForm {
    this.handleFollows = !product;
    const form = createProductForm(product, this.lookups.definitionsOf(product?.attributeSetId));
    form.controls.options.valueChanges.subscribe(() => this.options.sync(form));
    if (!this.canEdit()) {
      form.disable();
    }
    return form;
  }
}
