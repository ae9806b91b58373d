import { RoleDto } from '../../api/generated/models/role-dto';
import { UserDto } from '../../api/generated/models/user-dto';

/** The role every store has for daily operations; an invitation gives it when no role is named. */
export const DEFAULT_MEMBER_ROLE = 'staff';
/** The role every store has for its owners: everything the plan allows; the last one stays. */
export const OWNER_ROLE = 'owner';

/**
 * The role names to offer: the store's roles when the user may read them (Commerce.Identity.Roles), else the
 * two every store has and those the listed members hold.
 */
export function roleNames(
  roles: readonly RoleDto[] | undefined,
  members: readonly UserDto[],
): string[] {
  if (roles && roles.length > 0) {
    return roles.map((role) => role.name);
  }
  const names = new Set([OWNER_ROLE, DEFAULT_MEMBER_ROLE]);
  for (const member of members) {
    for (const role of member.roles ?? []) {
      names.add(role);
    }
  }
  return [...names];
}

export type MemberStatus = 'Active' | 'Invited' | 'Disabled';

/** Disabled members cannot sign in; invited ones have not set their password yet. */
export function memberStatus(member: Pick<UserDto, 'isActive' | 'emailConfirmed'>): MemberStatus {
  if (member.isActive === false) {
    return 'Disabled';
  }
  return member.emailConfirmed ? 'Active' : 'Invited';
}
