using System.Security.Claims;
using Commerce.Users;

namespace Commerce.TestBase.Security;

/// <summary>Principals shaped like the access tokens' claims, for acting as a given user in tests.</summary>
public static class TestPrincipals
{
    public static ClaimsPrincipal User(Guid userId, Guid? tenantId = null, string userName = "tester", params string[] roles)
    {
        var claims = new List<Claim> { new(CommerceClaimTypes.UserId, userId.ToString()), new(CommerceClaimTypes.UserName, userName) };
        if (tenantId is { } tenant)
            claims.Add(new Claim(CommerceClaimTypes.TenantId, tenant.ToString()));
        claims.AddRange(roles.Select(r => new Claim(CommerceClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", CommerceClaimTypes.UserName, CommerceClaimTypes.Role));
    }

    /// <summary>A storefront customer, as the storefront cookie carries one.</summary>
    public static ClaimsPrincipal Customer(Guid customerId, Guid tenantId, string email = "shopper@example.com") =>
        new(new ClaimsIdentity(
        [
            new Claim(CommerceClaimTypes.CustomerId, customerId.ToString()),
            new Claim(CommerceClaimTypes.Email, email),
            new Claim(CommerceClaimTypes.TenantId, tenantId.ToString()),
        ], "Test", CommerceClaimTypes.Email, CommerceClaimTypes.Role));
}
