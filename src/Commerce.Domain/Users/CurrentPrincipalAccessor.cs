using System.Security.Claims;

namespace Commerce.Users;

/// <summary>A principal set by <see cref="Change"/> wins; otherwise the host's default (the HTTP request's user).</summary>
public class CurrentPrincipalAccessor : ICurrentPrincipalAccessor
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Override = new();

    public ClaimsPrincipal? Principal => Override.Value ?? GetDefaultPrincipal();

    public IDisposable Change(ClaimsPrincipal principal)
    {
        var previous = Override.Value;
        Override.Value = principal;
        return new Restore(previous);
    }

    protected virtual ClaimsPrincipal? GetDefaultPrincipal() => null;

    private sealed class Restore(ClaimsPrincipal? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
