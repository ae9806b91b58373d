import { imageUrl } from '../../shared/product-thumbnail';
import { toStorePrices } from '../store-prices-dialog/store-prices-dialog';
import { reorderedIds } from './media-gallery';

describe('gallery order', () => {
  const images = ['a', 'b', 'c'].map((id) => ({ id, contentType: 'image/png' }));

  it('sends every image id in the new order after a drag', () => {
    expect(reorderedIds(images, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(reorderedIds(images, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(reorderedIds(images, 1, 1)).toBeNull();
  });

  it('shows the thumbnail once it is made, the original meanwhile', () => {
    const pending = { id: 'i1', contentType: 'image/png', thumbnailState: 'Pending' as const };
    expect(imageUrl('t1', pending, 480)).toBe('/media/product-images/t1/i1/original');
    const ready = {
      ...pending,
      thumbnailState: 'Ready' as const,
      thumbnailSizes: [160, 480, 1024],
    };
    expect(imageUrl('t1', ready, 480)).toBe('/media/product-images/t1/i1/480');
  });
});

describe('toStorePrices', () => {
  it('keeps the stores with a price typed', () => {
    expect(toStorePrices({ s1: 18, s2: null, s3: 0 })).toEqual([
      { storeId: 's1', price: 18 },
      { storeId: 's3', price: 0 },
    ]);
  });
});
