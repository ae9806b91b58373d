import { productListParams } from './product-list';

describe('productListParams', () => {
  const base = {
    filter: '',
    status: '' as const,
    categoryId: '',
    storeId: '',
    sort: { active: '', direction: '' as const },
    page: { index: 0, size: 25 },
  };

  it('leaves out empty filters and the sort when none is chosen', () => {
    expect(productListParams(base)).toEqual({
      Filter: undefined,
      Status: undefined,
      CategoryId: undefined,
      IncludeSubcategories: undefined,
      StoreId: undefined,
      Sort: undefined,
      Descending: undefined,
      SkipCount: 0,
      MaxResultCount: 25,
    });
  });

  it('asks for the search, filters (a category with its subcategories), sort and page', () => {
    expect(
      productListParams({
        filter: 'tshrit',
        status: 'Active',
        categoryId: 'c1',
        storeId: 's1',
        sort: { active: 'price', direction: 'desc' },
        page: { index: 2, size: 10 },
      }),
    ).toEqual({
      Filter: 'tshrit',
      Status: 'Active',
      CategoryId: 'c1',
      IncludeSubcategories: true,
      StoreId: 's1',
      Sort: 'Price',
      Descending: true,
      SkipCount: 20,
      MaxResultCount: 10,
    });
  });
});
