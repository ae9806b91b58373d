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
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Observable, filter, of, switchMap } from 'rxjs';

import { Api } from '../../../api/generated/api';
import { apiCatalogAttributeSetsGet } from '../../../api/generated/fn/attribute-sets/api-catalog-attribute-sets-get';
import { apiCatalogCategoriesGet } from '../../../api/generated/fn/categories/api-catalog-categories-get';
import { apiCatalogProductsProductIdVariantsGeneratePost } from '../../../api/generated/fn/product-variants/api-catalog-products-product-id-variants-generate-post';
import { apiCatalogProductsIdActivatePost } from '../../../api/generated/fn/products/api-catalog-products-id-activate-post';
import { apiCatalogProductsIdArchivePost } from '../../../api/generated/fn/products/api-catalog-products-id-archive-post';
import { apiCatalogProductsIdDelete } from '../../../api/generated/fn/products/api-catalog-products-id-delete';
import { apiCatalogProductsIdDraftPost } from '../../../api/generated/fn/products/api-catalog-products-id-draft-post';
import { apiCatalogProductsIdGet } from '../../../api/generated/fn/products/api-catalog-products-id-get';
import { apiCatalogProductsIdPut } from '../../../api/generated/fn/products/api-catalog-products-id-put';
import { apiCatalogProductsPost } from '../../../api/generated/fn/products/api-catalog-products-post';
import { apiStoresGet } from '../../../api/generated/fn/stores/api-stores-get';
import { AttributeSetDto } from '../../../api/generated/models/attribute-set-dto';
import { ProductDto } from '../../../api/generated/models/product-dto';
import { ConfigService } from '../../../core/config/config.service';
import { toProblem } from '../../../core/errors/problem';
import { ProblemNotifier } from '../../../core/errors/problem-notifier';
import { Permissions } from '../../../core/permissions/permissions';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { ControlErrors } from '../../../shared/control-errors/control-errors';
import { AttributeFields } from '../../shared/attribute-fields';
import {
  CATALOG_LIMITS,
  flattenTree,
  missingCombinations,
  optionCombinations,
  suggestHandle,
  variantTitle,
} from '../../shared/catalog-logic';
import { CategoryPicker } from '../../shared/category-picker';
import { ChipsInput } from '../../shared/chips-input';
import { RichTextEditor } from '../../shared/rich-text-editor';
import { MediaGallery } from '../media-gallery/media-gallery';
import {
  ProductForm,
  createProductForm,
  optionForm,
  problemControl,
  setAttributeDefinitions,
  toCreateProduct,
  toUpdateProduct,
} from '../product-form';
import { VariantsGrid } from '../variants-grid/variants-grid';

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
  private readonly dialog = inject(MatDialog);
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

  private readonly attributeSetList = rxResource({
    stream: () => this.api.invoke(apiCatalogAttributeSetsGet, { MaxResultCount: 100 }),
  });
  protected readonly attributeSets = computed<AttributeSetDto[]>(() =>
    this.attributeSetList.hasValue() ? (this.attributeSetList.value()?.items ?? []) : [],
  );
  private readonly categoryTree = rxResource({
    stream: () => this.api.invoke(apiCatalogCategoriesGet),
  });
  protected readonly categories = computed(() =>
    this.categoryTree.hasValue() ? flattenTree(this.categoryTree.value() ?? []) : [],
  );
  private readonly storeList = rxResource({
    params: () => this.config.isGranted(Permissions.Stores) || undefined,
    stream: () => this.api.invoke(apiStoresGet),
  });
  protected readonly stores = computed(() =>
    this.storeList.hasValue() ? (this.storeList.value() ?? []) : [],
  );

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
  protected readonly definitions = computed(
    () => this.attributeSets().find((s) => s.id === this.attributeSetId())?.attributes ?? [],
  );
  /** The options as typed, for the preview of the variants they make. */
  protected readonly optionsValue = linkedSignal<{ name: string; values: string[] }[]>(() =>
    (this.product()?.options ?? []).map((o) => ({ name: o.name, values: [...o.values] })),
  );
  protected readonly combinations = computed(() => optionCombinations(this.optionsValue()));
  protected readonly missingVariants = computed(() => {
    const product = this.product();
    return product
      ? missingCombinations(
          this.optionsValue(),
          product.variants.map((v) => v.optionValues),
        )
      : this.combinations();
  });

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

  protected title(v: string[]): string {
    return variantTitle(v);
  }

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

  protected addOption(form: ProductForm): void {
    if (form.controls.options.length >= CATALOG_LIMITS.maxOptions) {
      return;
    }
    form.controls.options.push(optionForm());
    form.controls.options.markAsDirty();
    this.syncOptions(form);
  }

  protected removeOption(form: ProductForm, index: number): void {
    form.controls.options.removeAt(index);
    form.controls.options.markAsDirty();
    this.syncOptions(form);
  }

  protected syncOptions(form: ProductForm): void {
    this.optionsValue.set(form.controls.options.getRawValue());
  }

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
    const saved: Observable<ProductDto> = form.dirty ? this.update(form, product) : of(product);
    this.saving.set(true);
    saved
      .pipe(
        switchMap((current) =>
          this.api.invoke(apiCatalogProductsProductIdVariantsGeneratePost, {
            productId: current.id!,
            body: { version: current.version },
          }),
        ),
      )
      .subscribe({
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
    const options = this.optionsValue();
    this.product.set(product);
    if (form?.dirty) {
      this.form.set(form);
      this.optionsValue.set(options);
    }
  }

  // Status

  protected setStatus(action: 'activate' | 'archive' | 'draft'): void {
    const product = this.product();
    if (!product) {
      return;
    }
    const call =
      action === 'activate'
        ? apiCatalogProductsIdActivatePost
        : action === 'archive'
          ? apiCatalogProductsIdArchivePost
          : apiCatalogProductsIdDraftPost;
    this.api.invoke(call, { id: product.id! }).subscribe({
      next: (result) => {
        this.accept(result);
        this.notifier.success(`${result.title} is ${String(result.status).toLowerCase()}.`);
      },
      error: (error: unknown) => this.notifier.notify(error),
    });
  }

  // Save

  protected reload(): void {
    this.stale.set(false);
    this.data.reload();
  }

  protected discard(): void {
    const product = this.product();
    this.form.set(this.createForm(product));
    this.optionsValue.set(this.form()!.controls.options.getRawValue());
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
      this.api
        .invoke(apiCatalogProductsPost, { body: toCreateProduct(form, this.definitions()) })
        .subscribe({
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
    this.update(form, product).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.accept(saved);
        this.notifier.success(`${saved.title} is saved.`);
      },
      error: (error: unknown) => this.failed(error, form),
    });
  }

  protected remove(): void {
    const product = this.product();
    if (!product) {
      return;
    }
    const data: ConfirmDialogData = {
      title: `Delete ${product.title}?`,
      message: 'The product, its variants, prices and images are deleted.',
      confirm: 'Delete',
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.api.invoke(apiCatalogProductsIdDelete, {
            id: product.id!,
            version: product.version,
          }),
        ),
      )
      .subscribe({
        next: () => {
          this.notifier.success(`${product.title} is deleted.`);
          void this.router.navigate(['/catalog/products']);
        },
        error: (error: unknown) => this.notifier.notify(error),
      });
  }

  private update(form: ProductForm, product: ProductDto): Observable<ProductDto> {
    return this.api.invoke(apiCatalogProductsIdPut, {
      id: product.id!,
      body: toUpdateProduct(form, this.definitions(), product.version),
    });
  }

  /** The host's answer becomes the page's state (and a fresh form). */
  private accept(product: ProductDto): void {
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
    const control = problemControl(form, problem);
    if (control) {
      control.setErrors({ ...control.errors, server: problem.title });
      control.markAsTouched();
      this.notifier.warn(problem.title);
    } else {
      this.notifier.notifyForm(error, form);
    }
  }

  private createForm(product: ProductDto | null): ProductForm {
    this.handleFollows = !product;
    const form = createProductForm(product, this.definitionsOf(product?.attributeSetId));
    form.controls.options.valueChanges.subscribe(() => this.syncOptions(form));
    if (!this.canEdit()) {
      form.disable();
    }
    return form;
  }

  private definitionsOf(id: string | null | undefined) {
    return this.attributeSets().find((s) => s.id === id)?.attributes ?? [];
  }
}
