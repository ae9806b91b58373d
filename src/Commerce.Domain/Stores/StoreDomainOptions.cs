namespace Commerce.Stores;

/// <summary>
/// The platform's sub-domain form (the same "MultiTenancy:DomainFormat" tenant resolution reads): a store's
/// default domain is its slug in that form, "{0}.localhost" in development, "{0}.shops.example.com" in production.
/// </summary>
public sealed class StoreDomainOptions
{
    public const string SectionName = "MultiTenancy";

    public string? DomainFormat { get; set; } = "{0}.localhost";

    public string? DefaultHost(string slug) =>
        string.IsNullOrEmpty(DomainFormat) ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, DomainFormat, slug);

    /// <summary>Whether a host lies under the platform's own domain, where only store slugs may name stores.</summary>
    public bool IsPlatformHost(string host)
    {
        if (string.IsNullOrEmpty(DomainFormat))
            return false;
        var suffix = DomainFormat[(DomainFormat.IndexOf("{0}", StringComparison.Ordinal) + 3)..];
        return host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || string.Equals("." + host, suffix, StringComparison.OrdinalIgnoreCase);
    }
}
