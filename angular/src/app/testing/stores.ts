import { ApplicationConfigurationDto } from '../api/generated/models/application-configuration-dto';
import { PaymentMethodDto } from '../api/generated/models/payment-method-dto';
import { PaymentProviderDto } from '../api/generated/models/payment-provider-dto';
import { ShippingMethodDto } from '../api/generated/models/shipping-method-dto';
import { StoreDto } from '../api/generated/models/store-dto';
import { STORE_OWNER } from './application-configurations';

/** Every permission over stores, as the owner role holds them. */
export const STORE_PERMISSIONS = [
  'Commerce.Stores',
  'Commerce.Stores.Create',
  'Commerce.Stores.Edit',
  'Commerce.Stores.Delete',
  'Commerce.Stores.ManageShipping',
  'Commerce.Stores.ManagePayments',
];

/** Test data: a store owner on a plan with multi-store (up to 3 stores), granted every store permission. */
export const STORES_OWNER: ApplicationConfigurationDto = {
  ...STORE_OWNER,
  grantedPermissions: [...STORE_OWNER.grantedPermissions, ...STORE_PERMISSIONS],
  features: {
    ...STORE_OWNER.features,
    'Commerce.Stores.MultiStore': 'true',
    'Commerce.Stores.MaxStoreCount': '3',
  },
  policies: {
    ...STORE_OWNER.policies,
    'Commerce.Policies.AllowedShippingMethodTypes':
      'flat-rate,weight-based,free-above,local-pickup',
    'Commerce.Policies.AllowedPaymentMethods': 'manual,test-gateway,stripe',
  },
};

/** Test data: a store as GET /api/stores/{id} answers it. */
export function store(changes: Partial<StoreDto> = {}): StoreDto {
  return {
    id: 's-1',
    name: 'Demo Outfitters',
    slug: 'demo-outfitters',
    defaultDomain: 'demo-outfitters.localhost',
    domains: ['shop.example.com'],
    status: 'Open',
    defaultLocale: 'en-US',
    currency: 'USD',
    timeZone: 'Europe/Berlin',
    contactEmail: 'hello@example.com',
    contactPhone: null,
    address: { line1: 'Main St 1', city: 'Berlin', countryCode: 'DE' },
    logoUrl: null,
    theme: {
      primaryColor: '#1f2937',
      accentColor: '#2563eb',
      backgroundColor: '#ffffff',
      textColor: '#111827',
      fontFamily: null,
      banners: [
        { imageUrl: '/b.jpg', title: 'Second', position: 1 },
        {
          imageUrl: 'https://cdn.example.com/a.jpg',
          title: 'First',
          subtitle: 'Sale',
          position: 0,
        },
      ],
    },
    returnPolicy: null,
    tax: { ratePercent: 19, pricesIncludeTax: true, taxShipping: true },
    creationTime: '2026-11-24T12:00:00Z',
    version: 7,
    ...changes,
  };
}

export function shippingMethod(changes: Partial<ShippingMethodDto> = {}): ShippingMethodDto {
  return {
    id: 'sm-1',
    storeId: 's-1',
    type: 'FlatRate',
    name: 'Standard',
    description: null,
    isEnabled: true,
    price: 5,
    freeAboveAmount: null,
    weightRates: [],
    destinations: [],
    version: 3,
    ...changes,
  };
}

export const PAYMENT_PROVIDERS: PaymentProviderDto[] = [
  { name: 'manual', displayName: 'Manual', isAllowed: true, settings: [] },
  { name: 'test-gateway', displayName: 'Test gateway', isAllowed: false, settings: [] },
  {
    name: 'stripe',
    displayName: 'Stripe',
    isAllowed: true,
    settings: [
      { name: 'publishableKey', displayName: 'Publishable key', isSecret: false, isRequired: true },
      { name: 'secretKey', displayName: 'Secret key', isSecret: true, isRequired: true },
      {
        name: 'webhookSecret',
        displayName: 'Webhook signing secret',
        isSecret: true,
        isRequired: false,
      },
    ],
  },
];

export function paymentMethod(changes: Partial<PaymentMethodDto> = {}): PaymentMethodDto {
  return {
    id: 'pm-1',
    storeId: 's-1',
    provider: 'manual',
    displayName: 'Bank transfer',
    instructions: null,
    isEnabled: true,
    position: 0,
    settings: {},
    secretsSet: [],
    version: 2,
    ...changes,
  };
}
