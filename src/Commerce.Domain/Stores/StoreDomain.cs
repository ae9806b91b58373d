namespace Commerce.Stores;

/// <summary>
/// One name the storefront finds a store by: its slug, or a custom host. Names are unique on the whole platform,
/// and this registry is the one table that resolution reads before it knows the tenant.
/// </summary>
public sealed class StoreDomain
{
    private StoreDomain()
    {
        Name = string.Empty;
    }

    internal StoreDomain(string name, StoreDomainKind kind)
    {
        Name = name;
        Kind = kind;
    }

    /// <summary>The slug ("demo") or the lower-case host ("shop.example.com").</summary>
    public string Name { get; private set; }

    public StoreDomainKind Kind { get; private set; }
}
