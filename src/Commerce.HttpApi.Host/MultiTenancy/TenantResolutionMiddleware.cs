using Commerce.HttpApi.Host.ExceptionHandling;
using Commerce.MultiTenancy;
using Commerce.Web.Public;

namespace Commerce.HttpApi.Host.MultiTenancy;

/// <summary>
/// Sets the request's tenant from the token claim, the __tenant header and the host, in that order. When two
/// sources name different tenants the request is refused (spoofing); an unknown tenant is 404, a suspended one 403.
/// No source: the request runs as the host. A browser asking for a page gets a plain page instead of a problem.
/// </summary>
internal sealed class TenantResolutionMiddleware(
    RequestDelegate next, IEnumerable<ITenantResolveContributor> contributors, ICurrentTenant currentTenant)
{
    public async Task InvokeAsync(HttpContext context, ITenantStore tenantStore, IProblemDetailsService problems)
    {
        TenantInfo? tenant = null;
        foreach (var contributor in contributors)
        {
            var key = contributor.Resolve(context);
            if (key is null)
                continue;
            var found = Guid.TryParse(key, out var id)
                ? await tenantStore.FindAsync(id, context.RequestAborted)
                : await tenantStore.FindAsync(key, context.RequestAborted);
            if (found is null)
            {
                if (StorefrontStatusPages.WantsPage(context.Request))
                    await StorefrontStatusPages.WriteNotFoundAsync(context);
                else
                    await WriteAsync(context, problems, StatusCodes.Status404NotFound, CommerceErrorCodes.MultiTenancy.TenantNotFound, key);
                return;
            }

            if (tenant is not null && tenant.Id != found.Id)
            {
                await WriteAsync(context, problems, StatusCodes.Status400BadRequest, CommerceErrorCodes.MultiTenancy.TenantMismatch, key);
                return;
            }

            tenant = found;
        }

        if (tenant is { IsActive: false })
        {
            if (StorefrontStatusPages.WantsPage(context.Request))
                await StorefrontStatusPages.WriteUnavailableAsync(context, tenant.Name);
            else
                await WriteAsync(context, problems, StatusCodes.Status403Forbidden, CommerceErrorCodes.MultiTenancy.TenantUnavailable, tenant.Slug);
            return;
        }

        using (currentTenant.Change(tenant?.Id))
            await next(context);
    }

    private static async Task WriteAsync(HttpContext context, IProblemDetailsService problems, int status, string code, string tenant)
    {
        context.Response.StatusCode = status;
        var problem = ProblemResponses.Create(status, code, new Dictionary<string, object?> { ["tenant"] = tenant });
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
