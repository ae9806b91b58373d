import { PAYMENT_PROVIDERS, paymentMethod } from '../../testing/stores';
import {
  createPaymentForm,
  isSecretSet,
  methodUpdate,
  paymentSettings,
  reorder,
  settingInProblem,
  settingRequired,
  toPaymentBody,
} from './payment-form';

const STRIPE = PAYMENT_PROVIDERS[2];
const stripeMethod = paymentMethod({
  id: 'pm-2',
  provider: 'stripe',
  displayName: 'Card',
  settings: { publishableKey: 'pk_live_1' },
  secretsSet: ['secretKey'],
  position: 1,
});

describe('createPaymentForm', () => {
  it('has a control per setting of the provider, public values filled, secrets never', () => {
    const form = createPaymentForm(STRIPE, stripeMethod);
    expect(form.controls.settings.getRawValue()).toEqual({
      publishableKey: 'pk_live_1',
      secretKey: '',
      webhookSecret: '',
    });
    expect(form.controls.displayName.value).toBe('Card');
  });

  it('requires a required secret only until the host holds it', () => {
    const fresh = createPaymentForm(STRIPE, null);
    expect(fresh.controls.settings.controls['secretKey'].errors).toEqual({ required: true });
    expect(fresh.controls.settings.controls['publishableKey'].errors).toEqual({ required: true });
    expect(fresh.controls.displayName.value).toBe('Stripe');

    const edited = createPaymentForm(STRIPE, stripeMethod);
    expect(edited.controls.settings.controls['secretKey'].errors).toBeNull();
    expect(edited.valid).toBe(true);
    expect(settingRequired(STRIPE.settings[1], stripeMethod)).toBe(false);
    expect(settingRequired(STRIPE.settings[0], stripeMethod)).toBe(true);
    expect(isSecretSet(stripeMethod, 'webhookSecret')).toBe(false);
  });
});

describe('paymentSettings', () => {
  it('sends public settings always and secrets only when typed, so an empty secret keeps its value', () => {
    const form = createPaymentForm(STRIPE, stripeMethod);
    expect(paymentSettings(STRIPE, form)).toEqual({ publishableKey: 'pk_live_1' });

    form.controls.settings.controls['webhookSecret'].setValue(' whsec_new ');
    form.controls.settings.controls['publishableKey'].setValue('');
    expect(paymentSettings(STRIPE, form)).toEqual({
      publishableKey: '',
      webhookSecret: 'whsec_new',
    });
  });

  it('builds the body with the position, and empty instructions as null', () => {
    const form = createPaymentForm(PAYMENT_PROVIDERS[0], null);
    form.controls.instructions.setValue('  ');
    expect(toPaymentBody(PAYMENT_PROVIDERS[0], form, 3)).toEqual({
      displayName: 'Manual',
      instructions: null,
      isEnabled: true,
      position: 3,
      settings: {},
    });
  });
});

describe('methodUpdate and reorder', () => {
  it('resends a method as it is, with a new position or state and its version', () => {
    expect(methodUpdate(stripeMethod, { isEnabled: false })).toEqual({
      displayName: 'Card',
      instructions: null,
      isEnabled: false,
      position: 1,
      settings: { publishableKey: 'pk_live_1' },
      version: 2,
    });
  });

  it('numbers the methods from 0 in their new order', () => {
    const a = paymentMethod({ id: 'a', position: 0 });
    const b = paymentMethod({ id: 'b', position: 1 });
    const c = paymentMethod({ id: 'c', position: 2 });
    expect(reorder([a, b, c], 2, 0).map(({ method, position }) => [method.id, position])).toEqual([
      ['c', 0],
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('finds the setting a refusal names', () => {
    expect(settingInProblem(STRIPE, "The setting 'secretKey' is required.")).toBe('secretKey');
    expect(settingInProblem(STRIPE, 'Something else.')).toBeNull();
  });
});
