using Commerce.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Identity;

internal sealed class UserRoleLookup(CommerceDbContext db) : IUserRoleLookup
{
    public async Task<ILookup<Guid, string>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var pairs = await (
            from link in db.UserRoles.AsNoTracking()
            join role in db.Roles.AsNoTracking() on link.RoleId equals role.Id
            where userIds.Contains(link.UserId)
            select new { link.UserId, role.Name }).ToListAsync(ct);
        return pairs.ToLookup(p => p.UserId, p => p.Name!);
    }

    public Task<int> CountActiveInRoleAsync(string roleName, CancellationToken ct) =>
        (from link in db.UserRoles
         join role in db.Roles on link.RoleId equals role.Id
         join user in db.Users on link.UserId equals user.Id
         where role.Name == roleName && user.IsActive
         select user.Id).CountAsync(ct);
}
