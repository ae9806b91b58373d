namespace Commerce.Users;

/// <summary>The claims Commerce's access tokens carry.</summary>
public static class CommerceClaimTypes
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string TenantId = "tenant_id";

    /// <summary>A storefront customer's id (the storefront cookie); never "sub", so a customer is never taken for staff.</summary>
    public const string CustomerId = "customer_id";

    /// <summary>The customer's security stamp when the storefront cookie was issued; a password reset changes it, ending the session.</summary>
    public const string CustomerSessionStamp = "customer_session";
}
