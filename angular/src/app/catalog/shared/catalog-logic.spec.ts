import { CategoryTreeNodeDto } from '../../api/generated/models/category-tree-node-dto';
import {
  addChip,
  attributeFieldValue,
  computeMove,
  flattenTree,
  missingCombinations,
  moveItem,
  optionCombinations,
  priceRange,
  subtreeRange,
  suggestCode,
  suggestHandle,
  toAttributeValues,
  variantTitle,
} from './catalog-logic';

describe('suggestHandle', () => {
  it('makes a lower-case, hyphenated handle from a title', () => {
    expect(suggestHandle('T-Shirt')).toBe('t-shirt');
    expect(suggestHandle('  Classic Crème Brûlée!  ')).toBe('classic-creme-brulee');
    expect(suggestHandle('---')).toBe('');
  });
});

describe('option combinations', () => {
  const options = [
    { name: 'Size', values: ['S', 'M'] },
    { name: 'Color', values: ['Red', 'Blue'] },
  ];

  it('makes every combination in the options order', () => {
    expect(optionCombinations(options)).toEqual([
      ['S', 'Red'],
      ['S', 'Blue'],
      ['M', 'Red'],
      ['M', 'Blue'],
    ]);
  });

  it('makes none without options, and skips an option without values', () => {
    expect(optionCombinations([])).toEqual([]);
    expect(optionCombinations([...options, { name: 'Fit', values: [] }])).toHaveLength(4);
  });

  it('finds the combinations no variant has yet, ignoring case', () => {
    expect(
      missingCombinations(options, [
        ['s', 'red'],
        ['M', 'Blue'],
      ]),
    ).toEqual([
      ['S', 'Blue'],
      ['M', 'Red'],
    ]);
  });

  it('names a variant by its values', () => {
    expect(variantTitle(['S', 'Red'])).toBe('S / Red');
    expect(variantTitle([])).toBe('Default');
  });
});

describe('addChip and moveItem', () => {
  it('adds a trimmed value once', () => {
    expect(addChip(['S'], ' M ')).toEqual(['S', 'M']);
    expect(addChip(['S'], 's')).toEqual(['S']);
    expect(addChip(['S'], '  ')).toEqual(['S']);
  });

  it('moves an item without changing the original list', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});

describe('priceRange', () => {
  it('shows one price or the range', () => {
    expect(priceRange([10])).toBe('$10.00');
    expect(priceRange([15, 10, 12.5])).toBe('$10.00 – $15.00');
    expect(priceRange([])).toBe('—');
  });
});

describe('category tree moves', () => {
  function node(id: string, position: number, children: CategoryTreeNodeDto[] = []) {
    return { id, name: id, handle: id, position, version: 1, children };
  }
  // Clothing (Shirts, Pants), Shoes, Sale — given out of order, as the host may.
  const tree: CategoryTreeNodeDto[] = [
    node('shoes', 1),
    node('clothing', 0, [node('pants', 1), node('shirts', 0)]),
    node('sale', 2),
  ];
  const rows = flattenTree(tree);

  it('flattens the tree depth first, each level by position', () => {
    expect(rows.map((r) => `${'-'.repeat(r.depth)}${r.id}:${r.index}`)).toEqual([
      'clothing:0',
      '-shirts:0',
      '-pants:1',
      'shoes:1',
      'sale:2',
    ]);
    expect(rows[1].parentId).toBe('clothing');
    expect(subtreeRange(rows, 0)).toBe(3);
  });

  it('moves a category up, before the row it is dropped on', () => {
    expect(computeMove(rows, 4, 3)).toEqual({ id: 'sale', parentId: null, position: 1 });
    // Into another parent: Sale before Pants, under Clothing.
    expect(computeMove(rows, 4, 2)).toEqual({ id: 'sale', parentId: 'clothing', position: 1 });
  });

  it('moves a category down, after the row it is dropped on', () => {
    expect(computeMove(rows, 3, 4)).toEqual({ id: 'shoes', parentId: null, position: 2 });
    expect(computeMove(rows, 1, 3)).toEqual({ id: 'shirts', parentId: null, position: 2 });
  });

  it('makes a category the last child of the row it is dropped on', () => {
    expect(computeMove(rows, 4, 0, true)).toEqual({
      id: 'sale',
      parentId: 'clothing',
      position: 2,
    });
  });

  it('refuses a drop inside its own subtree or where it already is', () => {
    expect(computeMove(rows, 0, 2)).toBeNull();
    expect(computeMove(rows, 0, 1, true)).toBeNull();
    expect(computeMove(rows, 3, 3)).toBeNull();
  });
});

describe('attribute values by type', () => {
  const definitions = [
    { code: 'material', label: 'Material', type: 'Text' as const },
    { code: 'weight', label: 'Weight', type: 'Number' as const },
    { code: 'organic', label: 'Organic', type: 'Boolean' as const },
    { code: 'fit', label: 'Fit', type: 'SingleSelect' as const, options: ['Slim', 'Regular'] },
    { code: 'care', label: 'Care', type: 'MultiSelect' as const, options: ['Wash', 'Dry'] },
  ];

  it('starts each field from the product value, or empty', () => {
    expect(definitions.map((d) => attributeFieldValue(d, undefined))).toEqual([
      '',
      null,
      false,
      null,
      [],
    ]);
    expect(attributeFieldValue(definitions[1], { code: 'weight', number: '180' })).toBe(180);
    expect(attributeFieldValue(definitions[3], { code: 'fit', options: ['Slim'] })).toBe('Slim');
  });

  it('sends each value in the field of its type, leaving out empty ones', () => {
    expect(
      toAttributeValues(definitions, {
        material: ' Cotton ',
        weight: 180,
        organic: true,
        fit: 'Slim',
        care: ['Wash'],
      }),
    ).toEqual([
      { code: 'material', text: 'Cotton' },
      { code: 'weight', number: 180 },
      { code: 'organic', boolean: true },
      { code: 'fit', options: ['Slim'] },
      { code: 'care', options: ['Wash'] },
    ]);
    expect(
      toAttributeValues(definitions, { material: '', weight: null, fit: null, care: [] }),
    ).toEqual([{ code: 'organic', boolean: false }]);
  });

  it('suggests a code from a label', () => {
    expect(suggestCode('Fabric weight (g)')).toBe('fabric_weight_g');
  });
});
