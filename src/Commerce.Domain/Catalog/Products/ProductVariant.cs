using Commerce.Auditing;
using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Catalog.Products;

/// <summary>
/// A sellable version of a product: one value of each of the product's options, its SKU and its prices. Other
/// modules (stock, orders) refer to it by id, so a deleted variant is kept, marked deleted.
/// </summary>
public sealed class ProductVariant : Entity, IMultiTenant, ISoftDelete
{
    private readonly List<VariantStorePrice> storePrices = [];

    private ProductVariant()
    {
    }

    internal ProductVariant(Guid id, Guid productId, IReadOnlyList<string> optionValues, VariantDetails details, int position)
        : base(id)
    {
        ProductId = productId;
        Option1 = optionValues.ElementAtOrDefault(0);
        Option2 = optionValues.ElementAtOrDefault(1);
        Option3 = optionValues.ElementAtOrDefault(2);
        Position = position;
        Apply(details);
    }

    public Guid TenantId { get; private set; }

    public Guid ProductId { get; private set; }

    /// <summary>Unique in the tenant when set.</summary>
    public string? Sku { get; private set; }

    public string? Barcode { get; private set; }

    /// <summary>The regular price, in the currency of the store that sells it.</summary>
    public decimal Price { get; private set; }

    /// <summary>The "was" price shown struck through.</summary>
    public decimal? CompareAtPrice { get; private set; }

    public decimal? SpecialPrice { get; private set; }

    /// <summary>When the special price starts; none: it applies already.</summary>
    public DateTimeOffset? SpecialPriceStart { get; private set; }

    /// <summary>When the special price ends (exclusive); none: it does not end.</summary>
    public DateTimeOffset? SpecialPriceEnd { get; private set; }

    public int? WeightGrams { get; private set; }

    public int Position { get; private set; }

    public string? Option1 { get; private set; }

    public string? Option2 { get; private set; }

    public string? Option3 { get; private set; }

    public bool IsDeleted { get; private set; }

    public IReadOnlyList<VariantStorePrice> StorePrices => storePrices;

    /// <summary>The variant's value of each option, in the product's option order.</summary>
    public IReadOnlyList<string> OptionValues => new[] { Option1, Option2, Option3 }.OfType<string>().ToList();

    /// <summary>The variant's price in the store at <paramref name="at"/>, by <see cref="VariantPricing"/>.</summary>
    public decimal GetEffectivePrice(Guid? storeId, DateTimeOffset at) =>
        VariantPricing.Effective(Price, SpecialPrice, SpecialPriceStart, SpecialPriceEnd,
            storeId is { } store ? storePrices.Find(p => p.StoreId == store)?.Price : null, at);

    internal bool HasOptionValues(IReadOnlyList<string> values) => OptionValues.SequenceEqual(values, StringComparer.Ordinal);

    internal void Apply(VariantDetails details)
    {
        if (details.Price < 0 || details.CompareAtPrice < 0 || details.SpecialPrice < 0)
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidPrice, BusinessErrorKind.Invalid);
        var windowWithoutPrice = details.SpecialPrice is null && (details.SpecialPriceStart is not null || details.SpecialPriceEnd is not null);
        if (windowWithoutPrice || details.SpecialPriceEnd <= details.SpecialPriceStart)
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidSpecialPriceWindow, BusinessErrorKind.Invalid);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(details.Sku?.Trim().Length ?? 0, ProductVariantConsts.SkuMaxLength, nameof(details));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(details.Barcode?.Trim().Length ?? 0, ProductVariantConsts.BarcodeMaxLength, nameof(details));
        ArgumentOutOfRangeException.ThrowIfNegative(details.WeightGrams ?? 0, nameof(details));
        Sku = string.IsNullOrWhiteSpace(details.Sku) ? null : details.Sku.Trim();
        Barcode = string.IsNullOrWhiteSpace(details.Barcode) ? null : details.Barcode.Trim();
        Price = details.Price;
        CompareAtPrice = details.CompareAtPrice;
        SpecialPrice = details.SpecialPrice;
        SpecialPriceStart = details.SpecialPriceStart;
        SpecialPriceEnd = details.SpecialPriceEnd;
        WeightGrams = details.WeightGrams;
    }

    internal VariantDetails ToDetails() =>
        new(Sku, Price, Barcode, CompareAtPrice, SpecialPrice, SpecialPriceStart, SpecialPriceEnd, WeightGrams);

    internal void SetOptionValues(IReadOnlyList<string> values)
    {
        Option1 = values.ElementAtOrDefault(0);
        Option2 = values.ElementAtOrDefault(1);
        Option3 = values.ElementAtOrDefault(2);
    }

    internal void MoveTo(int position) => Position = position;

    /// <summary>Replaces the store prices: a store's price is changed in place, so each store keeps one row.</summary>
    internal void SetStorePrices(IReadOnlyDictionary<Guid, decimal> prices)
    {
        if (prices.Keys.Any(id => id == Guid.Empty))
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidStoreIds, BusinessErrorKind.Invalid);
        if (prices.Values.Any(p => p < 0))
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidPrice, BusinessErrorKind.Invalid);
        storePrices.RemoveAll(p => !prices.ContainsKey(p.StoreId));
        foreach (var (storeId, price) in prices)
        {
            if (storePrices.Find(p => p.StoreId == storeId) is { } existing)
                existing.Price = price;
            else
                storePrices.Add(new VariantStorePrice(storeId, price));
        }
    }
}
