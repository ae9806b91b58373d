import { RoleDto } from '../../api/generated/models/role-dto';

/** The owner role: built in, holding every permission the plan allows; nobody can change it. */
export const OWNER_ROLE_NAME = 'owner';

/** True for a role nothing about can change (the owner role). */
export function isFixedRole(role: Pick<RoleDto, 'name' | 'isStatic'>): boolean {
  return !!role.isStatic && role.name === OWNER_ROLE_NAME;
}
