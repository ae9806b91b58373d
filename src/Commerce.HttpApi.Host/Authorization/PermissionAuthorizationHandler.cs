using Commerce.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

/// <summary>Answers a permission policy with the same checker the application services use.</summary>
internal sealed class PermissionAuthorizationHandler(IHttpContextAccessor httpContextAccessor) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var http = httpContextAccessor.HttpContext;
        if (http is not null && await http.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(requirement.Permission, http.RequestAborted))
            context.Succeed(requirement);
    }
}
