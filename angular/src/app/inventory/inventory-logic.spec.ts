import {
  adjustChange,
  bulkItems,
  inlineCount,
  movementParams,
  signed,
  stockLabel,
  stockListParams,
  thresholdChanged,
  thresholdValue,
} from './inventory-logic';

describe('inventory logic', () => {
  it('asks for the search, state and page; leaves empty filters out', () => {
    expect(stockListParams({ filter: '', state: '', page: { index: 0, size: 25 } })).toEqual({
      Filter: undefined,
      State: undefined,
      SkipCount: 0,
      MaxResultCount: 25,
    });
    expect(
      stockListParams({ filter: 'TS-M', state: 'LowStock', page: { index: 2, size: 50 } }),
    ).toEqual({ Filter: 'TS-M', State: 'LowStock', SkipCount: 100, MaxResultCount: 50 });
  });

  it('pages the movements', () => {
    expect(movementParams('v1', { index: 3, size: 20 })).toEqual({
      variantId: 'v1',
      SkipCount: 60,
      MaxResultCount: 20,
    });
  });

  it('turns a typed on-hand into a Counted change, and nothing when unchanged or invalid', () => {
    expect(inlineCount(5, '12')).toEqual({ quantity: 12, reason: 'Counted', note: null });
    expect(inlineCount(5, '0')).toEqual({ quantity: 0, reason: 'Counted', note: null });
    expect(inlineCount('5', '5')).toBeNull();
    expect(inlineCount(5, '')).toBeNull();
    expect(inlineCount(5, '-1')).toBeNull();
    expect(inlineCount(5, '2.5')).toBeNull();
  });

  it('clears a threshold to the default (null) and refuses what is not a whole number', () => {
    expect(thresholdValue('')).toBeNull();
    expect(thresholdValue('  ')).toBeNull();
    expect(thresholdValue('4')).toBe(4);
    expect(thresholdValue('-1')).toBeUndefined();
    expect(thresholdValue('x')).toBeUndefined();
    expect(thresholdChanged(null, null)).toBe(false);
    expect(thresholdChanged(3, null)).toBe(true);
    expect(thresholdChanged('3', 3)).toBe(false);
  });

  it('adds with a reason, or sets a counted value', () => {
    expect(
      adjustChange({ mode: 'add', quantity: -2, reason: 'Adjusted', note: ' broken ' }),
    ).toEqual({ quantity: -2, reason: 'Adjusted', note: 'broken' });
    expect(adjustChange({ mode: 'set', quantity: 7, reason: 'Received', note: '' })).toEqual({
      quantity: 7,
      reason: 'Counted',
      note: null,
    });
  });

  it('builds one bulk item per selected variant', () => {
    expect(
      bulkItems(['v1', 'v2', 'v1'], { mode: 'add', quantity: 5, reason: 'Received', note: 'PO 7' }),
    ).toEqual([
      { variantId: 'v1', quantity: 5, reason: 'Received', note: 'PO 7' },
      { variantId: 'v2', quantity: 5, reason: 'Received', note: 'PO 7' },
    ]);
  });

  it('names a row and signs quantities', () => {
    expect(stockLabel({ productTitle: 'T-Shirt', variantTitle: 'M / Blue' })).toBe(
      'T-Shirt — M / Blue',
    );
    expect(stockLabel({ productTitle: 'Mug', variantTitle: '' })).toBe('Mug');
    expect(signed(5)).toBe('+5');
    expect(signed('-2')).toBe('-2');
  });
});
