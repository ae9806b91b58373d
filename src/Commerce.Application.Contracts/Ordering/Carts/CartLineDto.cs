namespace Commerce.Ordering.Carts;

public sealed record CartLineDto
{
    public required Guid VariantId { get; init; }

    /// <summary>Null when the variant is no longer sold in the store (see <see cref="Warning"/>).</summary>
    public Guid? ProductId { get; init; }

    public string? ProductTitle { get; init; }

    public string? VariantTitle { get; init; }

    public string? Sku { get; init; }

    public required int Quantity { get; init; }

    public decimal? UnitPrice { get; init; }

    public decimal? LineTotal { get; init; }

    /// <summary>On hand − reserved now.</summary>
    public required int Available { get; init; }

    public required CartLineWarning Warning { get; init; }
}
