namespace Commerce.Permissions;

/// <summary>
/// Whether the current user holds a permission: granted to one of their roles or to them, on the side they act
/// on (host or tenant), with the feature the permission needs in their plan. Cached per role and user.
/// </summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string name, CancellationToken ct);

    Task<IReadOnlyList<string>> GetGrantedAsync(CancellationToken ct);

    /// <summary>The first line of every application service method: 401 for nobody, 403 naming the missing permission.</summary>
    Task CheckAsync(string name, CancellationToken ct);
}
