using System.Security.Claims;

namespace Commerce.Users;

/// <summary>Where the current principal comes from: the HTTP request, or a scope opened by a job or a test.</summary>
public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }

    IDisposable Change(ClaimsPrincipal principal);
}
