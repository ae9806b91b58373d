using Commerce.MultiTenancy;

namespace Commerce.HttpApi.Host.MultiTenancy;

/// <summary>Then: the __tenant header, for sign-in and anonymous calls (the id or the slug).</summary>
internal sealed class HeaderTenantResolveContributor : ITenantResolveContributor
{
    public string Name => "Header";

    public string? Resolve(HttpContext context) =>
        context.Request.Headers.TryGetValue(TenantResolutionConsts.TenantKey, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.ToString().Trim()
            : null;
}
