using Commerce.Auditing;
using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Identity;

/// <summary>
/// A person who signs in: a platform administrator (no tenant) or a tenant's owner or staff member. User names
/// and emails are unique per tenant, so one email can belong to two tenants.
/// </summary>
public sealed class CommerceUser : IdentityUser<Guid>, IMayHaveTenant, IHasCreationAudit, IHasModificationAudit
{
    private CommerceUser()
    {
    }

    public CommerceUser(Guid id, string userName, string email)
    {
        Id = id;
        UserName = userName;
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid? TenantId { get; private set; }

    public string? Name { get; set; }

    /// <summary>A disabled account keeps its history but cannot sign in.</summary>
    public bool IsActive { get; private set; } = true;

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    public DateTimeOffset? LastModificationTime { get; private set; }

    public Guid? LastModifierId { get; private set; }

    public void Disable() => IsActive = false;

    public void Enable() => IsActive = true;
}
