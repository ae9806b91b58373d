using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Permissions;

/// <summary>One permission granted to a role (by name) or a user (by id), on the host or in one tenant.</summary>
public sealed class PermissionGrant : AggregateRoot, IMayHaveTenant
{
    private PermissionGrant()
    {
        Name = string.Empty;
        ProviderName = string.Empty;
        ProviderKey = string.Empty;
    }

    public PermissionGrant(Guid id, string name, string providerName, string providerKey)
        : base(id)
    {
        Name = name;
        ProviderName = providerName;
        ProviderKey = providerKey;
    }

    public Guid? TenantId { get; private set; }

    public string Name { get; private set; }

    public string ProviderName { get; private set; }

    public string ProviderKey { get; private set; }
}
