using System.Net;
using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>
/// Until platform administrators sign in (the identity issue), Center Control answers only requests from this
/// machine, as the Hangfire dashboard does; behind a reverse proxy, keep /api/host closed at the proxy.
/// </summary>
internal sealed class HostAdminAuthorizationHandler : AuthorizationHandler<HostAdminRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, HostAdminRequirement requirement)
    {
        if (context.Resource is HttpContext { Connection.RemoteIpAddress: { } address } && IPAddress.IsLoopback(address))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
