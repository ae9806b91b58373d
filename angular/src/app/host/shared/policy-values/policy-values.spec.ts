import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ApplicationConfigurationDto } from '../../../api/generated/models/application-configuration-dto';
import { PolicyValueDto } from '../../../api/generated/models/policy-value-dto';
import { Permissions } from '../../../core/permissions/permissions';
import {
  PLATFORM_ADMIN,
  loadConfiguration,
  withPermissions,
} from '../../../testing/application-configurations';
import { byText, click, type } from '../../../testing/dom';
import { PolicyScope, PolicyValues } from './policy-values';

const PAYMENTS = 'Commerce.Policies.AllowedPaymentMethods';
const RETENTION = 'Commerce.Policies.DataRetentionDays';

function policies(payments: string | null, retention: string | null): PolicyValueDto[] {
  return [
    {
      definition: {
        name: PAYMENTS,
        displayName: 'Payment methods',
        valueType: 'List',
        defaultValue: 'manual,test-gateway,stripe',
        allowedValues: ['manual', 'test-gateway', 'stripe'],
      },
      value: payments,
      effectiveValue: payments ?? 'manual,test-gateway,stripe',
    },
    {
      definition: {
        name: RETENTION,
        displayName: 'Data retention after deletion (days)',
        valueType: 'Number',
        defaultValue: '30',
      },
      value: retention,
      effectiveValue: retention ?? '30',
    },
  ];
}

describe('PolicyValues', () => {
  let fixture: ComponentFixture<PolicyValues>;
  let backend: HttpTestingController;
  let snackBar: ReturnType<typeof vi.fn>;

  const manage = withPermissions(PLATFORM_ADMIN, [
    Permissions.Policies,
    Permissions.PoliciesManage,
  ]);

  async function render(
    scope: PolicyScope,
    url: string,
    answer: PolicyValueDto[],
    configuration: ApplicationConfigurationDto = manage,
  ): Promise<void> {
    snackBar = vi.fn();
    TestBed.configureTestingModule({
      imports: [PolicyValues],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MatSnackBar, useValue: { open: snackBar } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    await loadConfiguration(configuration);
    fixture = TestBed.createComponent(PolicyValues);
    fixture.componentRef.setInput('scope', scope);
    TestBed.tick();
    const request = backend.expectOne(url);
    expect(request.request.method).toBe('GET');
    request.flush(answer);
    await fixture.whenStable();
  }

  afterEach(() => backend.verify());

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function row(name: string): HTMLElement {
    return element().querySelector(`[data-policy="${name}"]`) as HTMLElement;
  }

  function checkbox(item: string): HTMLInputElement {
    return byText(row(PAYMENTS), 'mat-checkbox', item)?.querySelector('input') as HTMLInputElement;
  }

  function save(): void {
    click(byText(element(), 'button', 'Save'));
  }

  it("reads the platform's values: lists as ticked boxes, numbers as numbers, each with its effective value", async () => {
    await render({ kind: 'platform' }, '/api/host/policies', policies(null, '90'));

    expect(row(PAYMENTS).querySelector('legend')?.textContent).toBe('Payment methods');
    expect(['manual', 'test-gateway', 'stripe'].map((item) => checkbox(item).checked)).toEqual([
      true,
      true,
      true,
    ]);
    expect(row(PAYMENTS).textContent).toContain('Effective: manual, test-gateway, stripe');
    expect(row(PAYMENTS).textContent).toContain('Default');
    expect((row(RETENTION).querySelector('input') as HTMLInputElement).value).toBe('90');
    expect(row(RETENTION).textContent).toContain('Set here');
  });

  it('sends only what changed for a tenant: a list as its ticked values, comma-separated', async () => {
    await render(
      { kind: 'tenant', id: 't1' },
      '/api/host/multi-tenancy/tenants/t1/policies',
      policies(null, null),
    );
    expect(row(PAYMENTS).textContent).toContain('Inherited');

    click(checkbox('stripe'));
    expect(row(PAYMENTS).textContent).toContain('Set here');
    save();

    const request = backend.expectOne('/api/host/multi-tenancy/tenants/t1/policies');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ values: { [PAYMENTS]: 'manual,test-gateway' } });
    request.flush(policies('manual,test-gateway', null));
    await fixture.whenStable();
    expect(snackBar).toHaveBeenCalledWith('Policies saved.', 'Dismiss', { duration: 4000 });
    expect(checkbox('stripe').checked).toBe(false);
  });

  it("clears an edition's value with null, so it inherits the platform's again", async () => {
    await render(
      { kind: 'edition', id: 'e1' },
      '/api/host/features/editions/e1/policies',
      policies(null, '7'),
    );

    click(row(RETENTION).querySelector('button[aria-label^="Inherit"]'));
    expect(row(RETENTION).textContent).toContain('Inherited');
    save();

    const request = backend.expectOne('/api/host/features/editions/e1/policies');
    expect(request.request.body).toEqual({ values: { [RETENTION]: null } });
    request.flush(policies(null, null));
    await fixture.whenStable();
  });

  it('wants a whole number of days before saving', async () => {
    await render({ kind: 'platform' }, '/api/host/policies', policies(null, null));
    type(row(RETENTION).querySelector('input'), 'soon');
    save();
    backend.expectNone('/api/host/policies');
    expect(row(RETENTION).textContent).toContain('Not in the expected format.');
  });

  it('is read-only without Commerce.Policies.Manage', async () => {
    await render(
      { kind: 'platform' },
      '/api/host/policies',
      policies(null, null),
      withPermissions(PLATFORM_ADMIN, [Permissions.Policies]),
    );
    expect(checkbox('manual').disabled).toBe(true);
    expect((row(RETENTION).querySelector('input') as HTMLInputElement).disabled).toBe(true);
    expect(byText(element(), 'button', 'Save')).toBeUndefined();
  });
});
