import { memberStatus, roleNames } from './staff-roles';

describe('roleNames', () => {
  it("offers the store's roles when they could be read", () => {
    const roles = [
      { name: 'owner', concurrencyStamp: 'a' },
      { name: 'staff', concurrencyStamp: 'b' },
      { name: 'packer', concurrencyStamp: 'c' },
    ];
    expect(roleNames(roles, [])).toEqual(['owner', 'staff', 'packer']);
  });

  it('falls back to the built-in roles and those members hold', () => {
    const members = [{ email: 'a@x.test', roles: ['staff', 'viewer'], concurrencyStamp: 's' }];
    expect(roleNames(undefined, members)).toEqual(['owner', 'staff', 'viewer']);
  });
});

describe('memberStatus', () => {
  it('is Disabled first, then Invited until the password is set, else Active', () => {
    expect(memberStatus({ isActive: false, emailConfirmed: true })).toBe('Disabled');
    expect(memberStatus({ isActive: true, emailConfirmed: false })).toBe('Invited');
    expect(memberStatus({ isActive: true, emailConfirmed: true })).toBe('Active');
  });
});
