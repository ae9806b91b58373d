namespace Commerce.Users;

/// <summary>The claims Commerce's access tokens carry.</summary>
public static class CommerceClaimTypes
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string TenantId = "tenant_id";
}
