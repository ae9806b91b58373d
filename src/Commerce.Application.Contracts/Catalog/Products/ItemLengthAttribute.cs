using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Products;

/// <summary>Every string of a list is non-blank and at most the given length.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ItemLengthAttribute(int maximumLength) : ValidationAttribute
{
    public int MaximumLength { get; } = maximumLength;

    public override bool IsValid(object? value) =>
        value is not IEnumerable<string> items || items.All(i => !string.IsNullOrWhiteSpace(i) && i.Trim().Length <= MaximumLength);
}
