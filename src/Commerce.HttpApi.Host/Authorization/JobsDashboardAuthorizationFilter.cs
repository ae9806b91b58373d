using Commerce.Permissions;
using Hangfire.Dashboard;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>The jobs dashboard answers host users granted its permission, signed in with the sign-in cookie.</summary>
internal sealed class JobsDashboardAuthorizationFilter : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context) =>
        context.GetHttpContext().RequestServices.GetRequiredService<IPermissionChecker>()
            .IsGrantedAsync(CommercePermissions.BackgroundJobs.Dashboard, context.GetHttpContext().RequestAborted);
}
