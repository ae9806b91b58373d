import { signal } from '@angular/core';

import { store } from '../../testing/stores';
import { CustomDomains, platformSuffix } from './store-domains';
import { StoreForm, createStoreForm } from './store-form';

describe('CustomDomains', () => {
  function setUp(): { form: StoreForm; domains: CustomDomains } {
    const form = createStoreForm(store());
    const domains = new CustomDomains(() => '.localhost', signal<StoreForm | null>(form));
    return { form, domains };
  }

  it('adds a typed domain, trimmed and lower-case, and empties the field', () => {
    const { form, domains } = setUp();
    domains.input.setValue(' Shop2.Example.com. ');
    domains.add(form);
    expect(form.controls.domains.value).toEqual(['shop.example.com', 'shop2.example.com']);
    expect(form.controls.domains.dirty).toBe(true);
    expect(domains.input.value).toBe('');
  });

  it("refuses the platform's addresses and the store's own domains", () => {
    const { form, domains } = setUp();
    domains.input.setValue('other.localhost');
    domains.add(form);
    expect(domains.input.errors?.['platform']).toContain('belong to the platform');

    domains.input.setValue('shop.example.com');
    domains.add(form);
    expect(domains.input.errors?.['taken']).toBe('This store has that domain already.');
    expect(domains.input.touched).toBe(true);
    expect(form.controls.domains.length).toBe(1);
  });

  it('checks the field again once a domain is removed', () => {
    const { form, domains } = setUp();
    domains.input.setValue('shop.example.com');
    expect(domains.input.errors?.['taken']).toBeTruthy();
    domains.remove(form, 0);
    expect(form.controls.domains.length).toBe(0);
    expect(domains.input.errors).toBeNull();
  });
});

describe('platformSuffix', () => {
  it("is the default domain's part after the slug", () => {
    expect(platformSuffix('demo.localhost')).toBe('.localhost');
    expect(platformSuffix('demo.shops.example.com')).toBe('.shops.example.com');
    expect(platformSuffix(null)).toBeNull();
  });
});
