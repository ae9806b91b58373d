namespace Commerce.Catalog.Products;

/// <summary>A way the product varies (Size: S, M, L), with its values in display order.</summary>
public sealed class ProductOption
{
    public ProductOption(string name, IReadOnlyList<string> values)
    {
        Name = (name ?? string.Empty).Trim();
        Values = (values ?? []).Select(v => (v ?? string.Empty).Trim()).ToList();
        var valid = Name.Length is > 0 and <= ProductConsts.OptionNameMaxLength
                    && Values.Count is > 0 and <= ProductConsts.MaxOptionValueCount
                    && Values.All(v => v.Length is > 0 and <= ProductConsts.OptionValueMaxLength)
                    && Values.Distinct(StringComparer.OrdinalIgnoreCase).Count() == Values.Count;
        if (!valid)
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidProductOptions, BusinessErrorKind.Invalid).WithData("option", Name);
    }

    public string Name { get; }

    public IReadOnlyList<string> Values { get; }

    /// <summary>The value as this option spells it, or null when it is not one of the option's values.</summary>
    public string? Find(string value) => Values.FirstOrDefault(v => string.Equals(v, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
