using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Stores;

/// <summary>
/// One shop of a tenant: its storefront's identity (slug, domains), its locale, currency and time zone, how it
/// looks and what it promises. Shipping and payment methods are aggregates of their own that name the store.
/// </summary>
public sealed class Store : FullAuditedAggregateRoot, IMultiTenant
{
    private readonly List<StoreDomain> domains = [];

    private Store()
    {
        Name = Slug = DefaultLocale = Currency = TimeZone = string.Empty;
        Address = StoreAddress.Empty;
        Theme = StoreTheme.Default;
        Tax = StoreTaxSettings.None;
    }

    internal Store(Guid id, string name, string slug, StoreRegionalSettings regional)
        : this()
    {
        Id = id;
        ChangeSlug(slug);
        Rename(name);
        ChangeRegionalSettings(regional);
        Status = StoreStatus.Open;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Unique on the platform: the store's default domain is the slug under the platform's domain.</summary>
    public string Slug { get; private set; }

    public StoreStatus Status { get; private set; }

    /// <summary>A culture name such as "en-US": the storefront's language and number formats.</summary>
    public string DefaultLocale { get; private set; }

    /// <summary>ISO 4217 code of every price the store shows.</summary>
    public string Currency { get; private set; }

    /// <summary>IANA time zone id for the store's dates.</summary>
    public string TimeZone { get; private set; }

    public string? ContactEmail { get; private set; }

    public string? ContactPhone { get; private set; }

    public StoreAddress Address { get; private set; }

    public string? LogoUrl { get; private set; }

    public StoreTheme Theme { get; private set; }

    /// <summary>How prices are taxed at checkout.</summary>
    public StoreTaxSettings Tax { get; private set; }

    /// <summary>Plain text shown on the storefront's returns page and at checkout.</summary>
    public string? ReturnPolicy { get; private set; }

    /// <summary>The names the storefront finds the store by: its slug and its custom hosts.</summary>
    public IReadOnlyList<StoreDomain> Domains => domains;

    public IEnumerable<string> CustomDomains => domains.Where(d => d.Kind == StoreDomainKind.Custom).Select(d => d.Name);

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, StoreConsts.NameMaxLength, nameof(name));
        Name = name.Trim();
    }

    public void ChangeRegionalSettings(StoreRegionalSettings regional)
    {
        ArgumentNullException.ThrowIfNull(regional);
        DefaultLocale = regional.Locale;
        Currency = regional.Currency;
        TimeZone = regional.TimeZone;
    }

    public void ChangeContact(string? email, string? phone, StoreAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        ContactEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        ContactPhone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        Address = address;
    }

    public void ChangeAppearance(string? logoUrl, StoreTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        LogoUrl = logoUrl is null ? null : StoreUrl.Check(logoUrl, "logoUrl");
        Theme = theme;
    }

    public void ChangeTaxSettings(StoreTaxSettings tax)
    {
        ArgumentNullException.ThrowIfNull(tax);
        Tax = tax;
    }

    public void ChangeReturnPolicy(string? text)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text?.Length ?? 0, StoreConsts.PolicyTextMaxLength, nameof(text));
        ReturnPolicy = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public void Open() => Status = StoreStatus.Open;

    public void Close() => Status = StoreStatus.Closed;

    /// <summary>The slug arrives checked and normalized by the manager; the registry follows it.</summary>
    internal void ChangeSlug(string slug)
    {
        domains.RemoveAll(d => d.Kind == StoreDomainKind.Slug);
        domains.Add(new StoreDomain(slug, StoreDomainKind.Slug));
        Slug = slug;
    }

    /// <summary>Replaces the custom domains; hosts arrive checked and normalized by the manager.</summary>
    internal void ReplaceDomains(IReadOnlyCollection<string> hosts)
    {
        if (hosts.Count > StoreConsts.MaxCustomDomains)
            throw new BusinessException(CommerceErrorCodes.Stores.TooManyDomains, BusinessErrorKind.Invalid)
                .WithData("max", StoreConsts.MaxCustomDomains);
        domains.RemoveAll(d => d.Kind == StoreDomainKind.Custom && !hosts.Contains(d.Name));
        foreach (var host in hosts.Where(h => domains.TrueForAll(d => d.Name != h)))
            domains.Add(new StoreDomain(host, StoreDomainKind.Custom));
    }

    /// <summary>Frees the store's names for others when it is deleted (its row stays, deleted softly).</summary>
    internal void ReleaseDomains() => domains.Clear();
}
