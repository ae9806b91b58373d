import { shippingMethod } from '../../testing/stores';
import {
  applyShippingType,
  createShippingForm,
  destinationForm,
  destinationSummary,
  isTypeAllowed,
  rateSummary,
  toShippingBody,
  weightRateForm,
} from './shipping-form';

describe('createShippingForm and applyShippingType', () => {
  it('uses a price for a flat rate, and nothing else of the rates', () => {
    const form = createShippingForm(null, 'FlatRate');
    expect(form.controls.price.enabled).toBe(true);
    expect(form.controls.freeAboveAmount.enabled).toBe(false);
    expect(form.controls.weightRates.enabled).toBe(false);
    expect(form.controls.destinations.enabled).toBe(true);
    form.controls.name.setValue('Standard');
    expect(form.valid).toBe(false);
    form.controls.price.setValue(4.5);
    expect(form.valid).toBe(true);
  });

  it('asks for a threshold when free above an amount', () => {
    const form = createShippingForm(null, 'FlatRate');
    form.controls.name.setValue('Free shipping');
    applyShippingType(form, 'FreeAbove');
    expect(form.controls.price.enabled).toBe(false);
    expect(form.controls.freeAboveAmount.enabled).toBe(true);
    expect(form.valid).toBe(false);
    form.controls.freeAboveAmount.setValue(50);
    expect(form.valid).toBe(true);
  });

  it('starts weight-based with one bracket, and wants distinct brackets', () => {
    const form = createShippingForm(null, 'WeightBased');
    form.controls.name.setValue('By weight');
    expect(form.controls.weightRates.length).toBe(1);
    expect(form.controls.weightRates.at(0).value).toEqual({ upToGrams: 1000, price: null });
    form.controls.weightRates.at(0).controls.price.setValue(4);
    form.controls.weightRates.push(weightRateForm({ upToGrams: 1000, price: 6 }));
    expect(form.controls.weightRates.errors).toEqual({
      distinct: 'Each bracket needs its own weight limit.',
    });
    form.controls.weightRates.at(1).controls.upToGrams.setValue(5000);
    expect(form.valid).toBe(true);
    form.controls.weightRates.clear();
    expect(form.controls.weightRates.errors).toEqual({ atLeastOne: 'Add at least one bracket.' });
  });

  it('makes pickup free by default and drops the destinations', () => {
    const form = createShippingForm(null, 'LocalPickup');
    expect(form.controls.price.value).toBe(0);
    expect(form.controls.destinations.enabled).toBe(false);
  });

  it('fills an existing method and fixes its type', () => {
    const form = createShippingForm(
      shippingMethod({
        type: 'WeightBased',
        price: 0,
        weightRates: [{ upToGrams: 500, price: 3 }],
        destinations: [{ countryCode: 'US', regionCodes: ['CA'] }],
      }),
    );
    expect(form.controls.type.disabled).toBe(true);
    expect(form.controls.weightRates.value).toEqual([{ upToGrams: 500, price: 3 }]);
    expect(form.controls.destinations.value).toEqual([{ countryCode: 'US', regionCodes: ['CA'] }]);
  });
});

describe('toShippingBody', () => {
  it('sends only the rates the type uses', () => {
    const form = createShippingForm(null, 'FlatRate');
    form.patchValue({ name: ' Standard ', description: ' ', price: 5, freeAboveAmount: 99 });
    expect(toShippingBody(form)).toEqual({
      type: 'FlatRate',
      name: 'Standard',
      description: null,
      isEnabled: true,
      price: 5,
      freeAboveAmount: null,
      weightRates: [],
      destinations: [],
    });

    form.controls.type.setValue('FreeAbove');
    applyShippingType(form, 'FreeAbove');
    expect(toShippingBody(form)).toMatchObject({ price: 0, freeAboveAmount: 99, weightRates: [] });
  });

  it('sorts the brackets by weight and upper-cases the destinations', () => {
    const form = createShippingForm(null, 'WeightBased');
    form.controls.weightRates.at(0).setValue({ upToGrams: 5000, price: 9 });
    form.controls.weightRates.push(weightRateForm({ upToGrams: 1000, price: 4 }));
    form.controls.destinations.push(destinationForm('de', ['by', ' be ']));
    expect(toShippingBody(form)).toMatchObject({
      price: 0,
      freeAboveAmount: null,
      weightRates: [
        { upToGrams: 1000, price: 4 },
        { upToGrams: 5000, price: 9 },
      ],
      destinations: [{ countryCode: 'DE', regionCodes: ['BY', 'BE'] }],
    });
  });
});

describe('summaries', () => {
  it('tells the rates of each type in the store currency', () => {
    expect(rateSummary(shippingMethod({ price: 5 }), 'USD')).toBe('$5.00');
    expect(
      rateSummary(
        shippingMethod({ type: 'FreeAbove', price: 0, freeAboveAmount: 50 }),
        'EUR',
        'en-US',
      ),
    ).toBe('Free from €50.00');
    expect(rateSummary(shippingMethod({ type: 'LocalPickup', price: 0 }), 'USD')).toBe(
      'Free pickup',
    );
    expect(
      rateSummary(
        shippingMethod({
          type: 'WeightBased',
          price: 0,
          weightRates: [
            { upToGrams: 5000, price: 9 },
            { upToGrams: 1000, price: 4 },
          ],
        }),
        'USD',
      ),
    ).toBe('2 brackets up to 5 kg, from $4.00');
  });

  it('tells where a method ships', () => {
    expect(destinationSummary(shippingMethod())).toBe('Everywhere');
    expect(
      destinationSummary(
        shippingMethod({
          destinations: [
            { countryCode: 'US', regionCodes: ['CA', 'NY'] },
            { countryCode: 'DE', regionCodes: [] },
          ],
        }),
      ),
    ).toBe('United States (CA, NY), Germany');
    expect(destinationSummary(shippingMethod({ type: 'LocalPickup' }))).toBe('At the store');
  });
});

describe('isTypeAllowed', () => {
  it("reads the platform policy's comma-separated values", () => {
    expect(isTypeAllowed('FlatRate', 'flat-rate, local-pickup')).toBe(true);
    expect(isTypeAllowed('WeightBased', 'flat-rate, local-pickup')).toBe(false);
    expect(isTypeAllowed('WeightBased', '')).toBe(false);
    expect(isTypeAllowed('WeightBased', undefined)).toBe(true);
  });
});
