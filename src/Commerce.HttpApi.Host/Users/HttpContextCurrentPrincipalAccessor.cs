using System.Security.Claims;
using Commerce.Users;

namespace Commerce.HttpApi.Host.Users;

/// <summary>The request's user, unless code opened a scope with another principal.</summary>
internal sealed class HttpContextCurrentPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : CurrentPrincipalAccessor
{
    protected override ClaimsPrincipal? GetDefaultPrincipal() => httpContextAccessor.HttpContext?.User;
}
