using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.Host.MultiTenancy;

/// <summary>
/// Last: the request host. A host of the platform's tenant form ("{0}.localhost", "{0}.shop.example.com") names the
/// tenant's slug; a store's own domains join here with the stores.
/// </summary>
internal sealed class DomainTenantResolveContributor(IOptions<TenantResolutionOptions> options) : ITenantResolveContributor
{
    public string Name => "Domain";

    public string? Resolve(HttpContext context)
    {
        var format = options.Value.DomainFormat;
        if (string.IsNullOrEmpty(format))
            return null;
        var placeholder = format.IndexOf("{0}", StringComparison.Ordinal);
        var prefix = format[..placeholder];
        var suffix = format[(placeholder + 3)..];
        var host = context.Request.Host.Host;
        if (host.Length <= prefix.Length + suffix.Length
            || !host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            return null;
        var label = host[prefix.Length..^suffix.Length];
        return label.Contains('.', StringComparison.Ordinal) ? null : label.ToLowerInvariant();
    }
}
