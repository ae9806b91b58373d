using Commerce.HttpApi.Authorization;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>The jobs dashboard answers platform administrators signed in to the host, as Center Control does.</summary>
internal sealed class HostAdminDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, CommerceAuthorizationPolicies.HostAdmin)).Succeeded;
    }
}
