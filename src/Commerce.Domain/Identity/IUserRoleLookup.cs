namespace Commerce.Identity;

/// <summary>Role names of many users in one query, for lists (Identity's own API asks one user at a time).</summary>
public interface IUserRoleLookup
{
    Task<ILookup<Guid, string>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    /// <summary>Active users holding the role, in the current tenant.</summary>
    Task<int> CountActiveInRoleAsync(string roleName, CancellationToken ct);
}
