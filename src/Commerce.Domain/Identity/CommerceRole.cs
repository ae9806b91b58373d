using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity;

/// <summary>A role of the platform (no tenant) or of one tenant; names are unique per tenant.</summary>
public sealed class CommerceRole : IdentityRole<Guid>, IMayHaveTenant
{
    private CommerceRole()
    {
    }

    public CommerceRole(Guid id, string name)
        : base(name)
    {
        Id = id;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>Roles every tenant gets (owner, staff) cannot be renamed or deleted.</summary>
    public bool IsStatic { get; set; }
}
