using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>The jobs dashboard answers host users granted its permission, signed in with the sign-in cookie.</summary>
internal sealed class JobsDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, CommercePermissions.BackgroundJobs.Dashboard)).Succeeded;
    }
}
