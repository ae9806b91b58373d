
namespace Commerce.HttpApi.Host.MultiTenancy;

/// <summary>One source of the request's tenant: returns the tenant's id or slug as that source names it, or null.</summary>
internal interface ITenantResolveContributor
{
    string Name { get; }

    string? Resolve(HttpContext context);
}
