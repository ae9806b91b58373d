import { Signal, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';

import { Api } from '../../../api/generated/api';
import { apiCatalogAttributeSetsGet } from '../../../api/generated/fn/attribute-sets/api-catalog-attribute-sets-get';
import { apiCatalogCategoriesGet } from '../../../api/generated/fn/categories/api-catalog-categories-get';
import { apiStoresGet } from '../../../api/generated/fn/stores/api-stores-get';
import { AttributeDefinitionDto } from '../../../api/generated/models/attribute-definition-dto';
import { AttributeSetDto } from '../../../api/generated/models/attribute-set-dto';
import { StoreDto } from '../../../api/generated/models/store-dto';
import { ConfigService } from '../../../core/config/config.service';
import { Permissions } from '../../../core/permissions/permissions';
import { FlatCategory, flattenTree } from '../../shared/catalog-logic';

/**
 * What a product's fields pick from: the attribute sets, the category tree (flattened, with depths) and the
 * stores (read only by users who may see stores). Each is empty until it arrives.
 *
 * Create it in an injection context (a component's field initializer).
 */
export class ProductLookups {
  private readonly api = inject(Api);
  private readonly config = inject(ConfigService);

  private readonly attributeSetList = rxResource({
    stream: () => this.api.invoke(apiCatalogAttributeSetsGet, { MaxResultCount: 100 }),
  });
  readonly attributeSets: Signal<AttributeSetDto[]> = computed(() =>
    this.attributeSetList.hasValue() ? (this.attributeSetList.value()?.items ?? []) : [],
  );
  private readonly categoryTree = rxResource({
    stream: () => this.api.invoke(apiCatalogCategoriesGet),
  });
  readonly categories: Signal<FlatCategory[]> = computed(() =>
    this.categoryTree.hasValue() ? flattenTree(this.categoryTree.value() ?? []) : [],
  );
  private readonly storeList = rxResource({
    params: () => this.config.isGranted(Permissions.Stores) || undefined,
    stream: () => this.api.invoke(apiStoresGet),
  });
  readonly stores: Signal<StoreDto[]> = computed(() =>
    this.storeList.hasValue() ? (this.storeList.value() ?? []) : [],
  );

  /** The attributes of a set; none for no set or one not (yet) known. */
  definitionsOf(id: string | null | undefined): AttributeDefinitionDto[] {
    return this.attributeSets().find((s) => s.id === id)?.attributes ?? [];
  }
}
