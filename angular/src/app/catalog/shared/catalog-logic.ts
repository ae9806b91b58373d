import { AttributeDefinitionDto } from '../../api/generated/models/attribute-definition-dto';
import { AttributeValueDto } from '../../api/generated/models/attribute-value-dto';
import { CategoryTreeNodeDto } from '../../api/generated/models/category-tree-node-dto';
import { ProductOptionDto } from '../../api/generated/models/product-option-dto';

/** The host's limits (ProductConsts, HandleConsts). */
export const CATALOG_LIMITS = {
  maxOptions: 3,
  titleMaxLength: 255,
  handleMaxLength: 128,
  seoTitleMaxLength: 255,
  seoDescriptionMaxLength: 1024,
} as const;

/** A URL handle made from a title: "Classic T-Shirt!" → "classic-t-shirt". */
export function suggestHandle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CATALOG_LIMITS.handleMaxLength)
    .replace(/-+$/, '');
}

/** Every combination of the options' values, in the options' order (the variants "Generate variants" makes). */
export function optionCombinations(options: readonly ProductOptionDto[]): string[][] {
  const used = options.filter((o) => o.values.length > 0);
  if (used.length === 0) {
    return [];
  }
  return used.reduce<string[][]>(
    (combinations, option) =>
      combinations.flatMap((prefix) => option.values.map((value) => [...prefix, value])),
    [[]],
  );
}

/** The combinations no variant has yet. */
export function missingCombinations(
  options: readonly ProductOptionDto[],
  existing: readonly (readonly string[])[],
): string[][] {
  const keys = new Set(existing.map((values) => values.join('\u001f').toLowerCase()));
  return optionCombinations(options).filter(
    (values) => !keys.has(values.join('\u001f').toLowerCase()),
  );
}

/** A variant's name from its option values: "S / Red"; "Default" without options. */
export function variantTitle(optionValues: readonly string[]): string {
  return optionValues.length ? optionValues.join(' / ') : 'Default';
}

/** Adds a value to a list of chips unless it is blank or there already (ignoring case); returns the new list. */
export function addChip(values: readonly string[], value: string): string[] {
  const trimmed = value.trim();
  if (!trimmed || values.some((v) => v.toLowerCase() === trimmed.toLowerCase())) {
    return [...values];
  }
  return [...values, trimmed];
}

/** Moves an item within a list, returning a new list. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= result.length) {
    return result;
  }
  const [item] = result.splice(from, 1);
  result.splice(Math.max(0, Math.min(to, result.length)), 0, item);
  return result;
}

/** Prices formatted as a range: "$10.00", "$10.00 – $15.00". */
export function priceRange(prices: readonly number[], currency = 'USD'): string {
  if (prices.length === 0) {
    return '—';
  }
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  return min === max ? format.format(min) : `${format.format(min)} – ${format.format(max)}`;
}

// Category tree

/** A category of the tree shown as a row of a flat list. */
export interface FlatCategory {
  readonly id: string;
  readonly name: string;
  readonly handle: string;
  readonly isHidden: boolean;
  readonly version: number;
  readonly parentId: string | null;
  readonly depth: number;
  readonly childCount: number;
  /** The place among its siblings, from 0. */
  readonly index: number;
}

/** The tree as rows, depth first, each level in position order. */
export function flattenTree(
  nodes: readonly CategoryTreeNodeDto[],
  parentId: string | null = null,
  depth = 0,
): FlatCategory[] {
  return [...nodes]
    .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
    .flatMap((node, index) => [
      {
        id: node.id!,
        name: node.name,
        handle: node.handle,
        isHidden: !!node.isHidden,
        version: Number(node.version ?? 0),
        parentId,
        depth,
        childCount: node.children.length,
        index,
      },
      ...flattenTree(node.children, node.id!, depth + 1),
    ]);
}

/** The rows of a category and everything below it (they move together). */
export function subtreeRange(rows: readonly FlatCategory[], index: number): number {
  const depth = rows[index].depth;
  let end = index + 1;
  while (end < rows.length && rows[end].depth > depth) {
    end++;
  }
  return end - index;
}

/** A move for the host: POST /categories/{id}/move. */
export interface CategoryMove {
  readonly id: string;
  readonly parentId: string | null;
  readonly position: number;
}

/**
 * Where a row dragged from `from` to `to` in the flat list lands (CDK drop indexes). Dragged up, it goes before
 * the row it is dropped on, as that row's sibling; dragged down, right after it, as its sibling. With `asChild`,
 * it becomes the last child of the row it is dropped on. Dropping a category inside its own subtree, or where it
 * already is, is no move (null). Positions are among the new siblings without the moving category.
 */
export function computeMove(
  rows: readonly FlatCategory[],
  from: number,
  to: number,
  asChild = false,
): CategoryMove | null {
  const moving = rows[from];
  const target = rows[Math.min(to, rows.length - 1)];
  if (!moving || !target) {
    return null;
  }
  const size = subtreeRange(rows, from);
  const inOwnSubtree = to >= from && to < from + size;
  if (inOwnSubtree) {
    return null;
  }
  if (asChild) {
    const alreadyChild = target.id === moving.parentId;
    return {
      id: moving.id,
      parentId: target.id,
      position: alreadyChild ? target.childCount - 1 : target.childCount,
    };
  }
  const sameParent = target.parentId === moving.parentId;
  let position: number;
  if (to < from) {
    position = target.index;
  } else {
    position = sameParent ? target.index : target.index + 1;
  }
  if (sameParent && position === moving.index) {
    return null;
  }
  return { id: moving.id, parentId: target.parentId, position };
}

// Attributes

/** The value a form field holds for an attribute, by type. */
export type AttributeFieldValue = string | number | boolean | string[] | null;

/** The starting value of an attribute's field, from the product's value if it has one. */
export function attributeFieldValue(
  definition: AttributeDefinitionDto,
  value: AttributeValueDto | undefined,
): AttributeFieldValue {
  switch (definition.type) {
    case 'Number':
      return value?.number === null || value?.number === undefined ? null : Number(value.number);
    case 'Boolean':
      return value?.boolean ?? false;
    case 'SingleSelect':
      return value?.options?.[0] ?? null;
    case 'MultiSelect':
      return [...(value?.options ?? [])];
    default:
      return value?.text ?? '';
  }
}

/** The attribute values to send, one per attribute that has a value, in the host's shape by type. */
export function toAttributeValues(
  definitions: readonly AttributeDefinitionDto[],
  values: Readonly<Record<string, AttributeFieldValue>>,
): AttributeValueDto[] {
  const result: AttributeValueDto[] = [];
  for (const definition of definitions) {
    const value = values[definition.code];
    switch (definition.type) {
      case 'Number':
        if (value !== null && value !== '' && value !== undefined && !Number.isNaN(Number(value))) {
          result.push({ code: definition.code, number: Number(value) });
        }
        break;
      case 'Boolean':
        result.push({ code: definition.code, boolean: value === true });
        break;
      case 'SingleSelect':
        if (typeof value === 'string' && value) {
          result.push({ code: definition.code, options: [value] });
        }
        break;
      case 'MultiSelect':
        if (Array.isArray(value) && value.length) {
          result.push({ code: definition.code, options: value });
        }
        break;
      default:
        if (typeof value === 'string' && value.trim()) {
          result.push({ code: definition.code, text: value.trim() });
        }
    }
  }
  return result;
}

/** An attribute code made from its label: "Fabric weight" → "fabric_weight". */
export function suggestCode(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
}

/** Whether an attribute type has a list of choices. */
export function isSelect(type: string | undefined): boolean {
  return type === 'SingleSelect' || type === 'MultiSelect';
}
