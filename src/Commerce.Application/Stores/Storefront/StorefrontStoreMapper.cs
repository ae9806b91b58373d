namespace Commerce.Stores.Storefront;

internal static class StorefrontStoreMapper
{
    public static StorefrontStoreDto ToDto(Store store) => new()
    {
        Id = store.Id,
        TenantId = store.TenantId,
        Name = store.Name,
        Slug = store.Slug,
        Status = store.Status,
        DefaultLocale = store.DefaultLocale,
        Currency = store.Currency,
        LogoUrl = store.LogoUrl,
        ContactEmail = store.ContactEmail,
        ReturnPolicy = store.ReturnPolicy,
        Theme = new StoreThemeDto
        {
            PrimaryColor = store.Theme.PrimaryColor,
            AccentColor = store.Theme.AccentColor,
            BackgroundColor = store.Theme.BackgroundColor,
            TextColor = store.Theme.TextColor,
            FontFamily = store.Theme.FontFamily,
            Banners = [.. store.Theme.Banners.Select(b => new StoreBannerDto
            {
                ImageUrl = b.ImageUrl, Title = b.Title, Subtitle = b.Subtitle, LinkUrl = b.LinkUrl, Position = b.Position,
            })],
        },
    };
}
