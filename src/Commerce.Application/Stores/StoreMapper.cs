using Riok.Mapperly.Abstractions;

namespace Commerce.Stores;

[Mapper]
internal static partial class StoreMapper
{
    public static StoreDto ToDto(Store store, StoreDomainOptions domains) =>
        ToDtoCore(store) with { DefaultDomain = domains.DefaultHost(store.Slug) };

    public static StoreAddress ToAddress(StoreAddressDto dto) =>
        new(dto.Line1, dto.Line2, dto.City, dto.Region, dto.PostalCode, dto.CountryCode);

    public static StoreTheme ToTheme(StoreThemeDto dto) =>
        new(dto.PrimaryColor, dto.AccentColor, dto.BackgroundColor, dto.TextColor, dto.FontFamily,
            dto.Banners.Select(b => new StoreBanner(b.ImageUrl, b.Title, b.Subtitle, b.LinkUrl, b.Position)));

    [MapperIgnoreSource(nameof(Store.DomainEvents))]
    [MapperIgnoreSource(nameof(Store.TenantId))]
    [MapperIgnoreSource(nameof(Store.CreatorId))]
    [MapperIgnoreSource(nameof(Store.LastModificationTime))]
    [MapperIgnoreSource(nameof(Store.LastModifierId))]
    [MapperIgnoreSource(nameof(Store.IsDeleted))]
    [MapperIgnoreSource(nameof(Store.DeletionTime))]
    [MapperIgnoreSource(nameof(Store.DeleterId))]
    [MapperIgnoreSource(nameof(Store.CustomDomains))]
    [MapperIgnoreTarget(nameof(StoreDto.DefaultDomain))]
    private static partial StoreDto ToDtoCore(Store store);

    private static IReadOnlyList<string> MapDomains(IReadOnlyList<StoreDomain> domains) =>
        [.. domains.Where(d => d.Kind == StoreDomainKind.Custom).Select(d => d.Name).Order(StringComparer.Ordinal)];
}
