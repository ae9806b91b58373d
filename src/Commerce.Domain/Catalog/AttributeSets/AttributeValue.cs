namespace Commerce.Catalog.AttributeSets;

/// <summary>
/// A product's value for one attribute of its set: the field that matches the attribute's type is set (the
/// options for both select types), the others are null.
/// </summary>
public sealed record AttributeValue(
    string Code, string? Text = null, decimal? Number = null, bool? Boolean = null, IReadOnlyList<string>? Options = null);
