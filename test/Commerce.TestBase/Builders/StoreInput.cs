using Commerce.Stores;

namespace Commerce.TestBase.Builders;

/// <summary>Store inputs with a unique slug unless one is given.</summary>
public static class StoreInput
{
    public static CreateStoreDto Create(string? slug = null, string currency = "EUR") => new()
    {
        Name = "Test store",
        Slug = slug ?? $"store-{Guid.NewGuid():N}"[..20],
        DefaultLocale = "de-DE",
        Currency = currency,
        TimeZone = "Europe/Berlin",
    };

    /// <summary>The store's settings as they are, ready to change and save.</summary>
    public static UpdateStoreDto Update(StoreDto store) => new()
    {
        Name = store.Name,
        Slug = store.Slug,
        Domains = store.Domains,
        Status = store.Status,
        DefaultLocale = store.DefaultLocale,
        Currency = store.Currency,
        TimeZone = store.TimeZone,
        ContactEmail = store.ContactEmail,
        ContactPhone = store.ContactPhone,
        Address = store.Address,
        LogoUrl = store.LogoUrl,
        Theme = store.Theme,
        ReturnPolicy = store.ReturnPolicy,
        Version = store.Version,
    };
}
