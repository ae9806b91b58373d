import { TenantDto } from '../../api/generated/models/tenant-dto';
import { TenantStatus } from '../../api/generated/models/tenant-status';

/** A tenant's status as the host sends it (the enum's name). */
export type TenantStatusName = 'Active' | 'Suspended';

export const TENANT_STATUSES: readonly TenantStatusName[] = ['Active', 'Suspended'];

/**
 * The host's JSON carries enum names, but its OpenAPI document still types TenantStatus as an integer, so the
 * generated model says number. These two functions are the only place that difference is bridged.
 */
export function tenantStatus(tenant: Pick<TenantDto, 'status'>): TenantStatusName {
  const status: unknown = tenant.status;
  return typeof status === 'number'
    ? (TENANT_STATUSES[status] ?? 'Active')
    : (status as TenantStatusName);
}

export function tenantStatusParameter(status: TenantStatusName): TenantStatus {
  return status as unknown as TenantStatus;
}
