using Commerce.Guids;

namespace Commerce.Catalog.Products;

public sealed partial class Product
{
    private readonly List<ProductVariant> variants = [];
    private List<ProductOption> options = [];

    /// <summary>At most three, each with its values in order; a product without options has one default variant.</summary>
    public IReadOnlyList<ProductOption> Options => options;

    /// <summary>The variants; <see cref="ProductVariant.Position"/> orders them (a loaded list is in no particular order).</summary>
    public IReadOnlyList<ProductVariant> Variants => variants;

    public ProductVariant GetVariant(Guid variantId) =>
        variants.Find(v => v.Id == variantId) ?? throw new EntityNotFoundException(typeof(ProductVariant), variantId);

    /// <summary>
    /// Changes the options. A variant keeps its values of the options that stay (matched by name), takes the first
    /// value of an option new to the product, and is dropped when the value it had is gone; the variants missing
    /// for a combination are generated. Without options, the first variant stays as the default one.
    /// </summary>
    public void SetOptions(IEnumerable<ProductOption> newOptions, IGuidGenerator guids)
    {
        var list = newOptions.ToList();
        if (list.Count > ProductConsts.MaxOptionCount || list.DistinctBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Count() != list.Count)
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidProductOptions, BusinessErrorKind.Invalid);
        var previous = options;
        options = list;
        SortByPosition();
        var first = variants[0];
        var mapped = variants.ToDictionary(v => v, v => list.Select(o => FindValue(previous, v, o)).ToList());
        foreach (var (variant, values) in mapped)
        {
            if (values.TrueForAll(v => v is not null))
                variant.SetOptionValues(values!);
            else
                variants.Remove(variant);
        }

        // No variant kept a value of the options that stay: the first variant stays, with the options' first values.
        if (variants.Count == 0)
        {
            first.SetOptionValues(mapped[first].Select((v, i) => v ?? list[i].Values[0]).ToList());
            variants.Add(first);
        }

        EnsureDistinctCombinations();
        GenerateVariants(guids);
    }

    /// <summary>Adds a variant for every combination of option values that has none, priced as the first variant.</summary>
    public void GenerateVariants(IGuidGenerator guids)
    {
        var combinations = Combinations();
        if (combinations.Count > ProductVariantConsts.MaxVariantCount)
            throw new BusinessException(CommerceErrorCodes.Catalog.TooManyVariants, BusinessErrorKind.Invalid).WithData("limit", ProductVariantConsts.MaxVariantCount);
        SortByPosition();
        var template = variants[0].ToDetails().AsTemplate();
        var ordered = combinations.Select(values =>
            variants.Find(v => v.HasOptionValues(values)) ?? new ProductVariant(guids.Create(), Id, values, template, 0)).ToList();
        variants.Clear();
        variants.AddRange(ordered);
        Renumber();
    }

    /// <summary>Adds a variant with one value of each option, for a combination no other variant has.</summary>
    public ProductVariant AddVariant(Guid variantId, IReadOnlyList<string> optionValues, VariantDetails details)
    {
        if (optionValues.Count != options.Count)
            throw InvalidVariantOptions();
        var values = options.Select((o, i) => o.Find(optionValues[i]) ?? throw InvalidVariantOptions()).ToList();
        if (variants.Exists(v => v.HasOptionValues(values)))
            throw new BusinessException(CommerceErrorCodes.Catalog.DuplicateVariantOptions).WithData("values", string.Join(" / ", values));
        if (variants.Count >= ProductVariantConsts.MaxVariantCount)
            throw new BusinessException(CommerceErrorCodes.Catalog.TooManyVariants, BusinessErrorKind.Invalid).WithData("limit", ProductVariantConsts.MaxVariantCount);
        var variant = new ProductVariant(variantId, Id, values, details, variants.Count);
        variants.Add(variant);
        EnsureDistinctSkus();
        RefreshMinPrice();
        return variant;
    }

    public void UpdateVariant(Guid variantId, VariantDetails details)
    {
        GetVariant(variantId).Apply(details);
        EnsureDistinctSkus();
        RefreshMinPrice();
    }

    /// <summary>Removes a variant; the last one stays.</summary>
    public void RemoveVariant(Guid variantId)
    {
        var variant = GetVariant(variantId);
        if (variants.Count == 1)
            throw new BusinessException(CommerceErrorCodes.Catalog.LastVariant);
        variants.Remove(variant);
        SortByPosition();
        Renumber();
    }

    /// <summary>Sets the variant's prices per store, replacing those it had.</summary>
    public void SetStorePrices(Guid variantId, IReadOnlyDictionary<Guid, decimal> prices)
    {
        if (prices.Count > ProductVariantConsts.MaxStorePriceCount)
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidStoreIds, BusinessErrorKind.Invalid);
        GetVariant(variantId).SetStorePrices(prices);
    }

    /// <summary>The variant's value of an option it had, if the option still has it; an option new to the product starts at its first value.</summary>
    private static string? FindValue(IReadOnlyList<ProductOption> previous, ProductVariant variant, ProductOption option)
    {
        var index = previous.ToList().FindIndex(o => string.Equals(o.Name, option.Name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            return option.Values[0];
        return index < variant.OptionValues.Count ? option.Find(variant.OptionValues[index]) : null;
    }

    private List<IReadOnlyList<string>> Combinations()
    {
        IEnumerable<IReadOnlyList<string>> result = [[]];
        foreach (var option in options)
            result = result.SelectMany(prefix => option.Values.Select(value => (IReadOnlyList<string>)[.. prefix, value]));
        return result.Take(ProductVariantConsts.MaxVariantCount + 1).ToList();
    }

    /// <summary>When options are renamed or removed, two variants can end up with the same values: the first keeps them.</summary>
    private void EnsureDistinctCombinations()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        variants.RemoveAll(v => !seen.Add(string.Join('\u001f', v.OptionValues)));
    }

    private void EnsureDistinctSkus()
    {
        var duplicate = variants.Where(v => v.Sku is not null).GroupBy(v => v.Sku, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new BusinessException(CommerceErrorCodes.Catalog.DuplicateSku).WithData("sku", duplicate.Key);
    }

    /// <summary>EF Core loads the variants in no particular order; the rules that renumber them start from their positions.</summary>
    private void SortByPosition() => variants.Sort((a, b) => a.Position.CompareTo(b.Position));

    private void Renumber()
    {
        for (var i = 0; i < variants.Count; i++)
            variants[i].MoveTo(i);
        RefreshMinPrice();
    }

    private void RefreshMinPrice() => MinPrice = variants.Min(v => v.Price);

    private static BusinessException InvalidVariantOptions() =>
        new(CommerceErrorCodes.Catalog.InvalidVariantOptions, BusinessErrorKind.Invalid);
}
