namespace Commerce.Stores.ShippingMethods;

public sealed record ShippingMethodDto
{
    public required Guid Id { get; init; }

    public required Guid StoreId { get; init; }

    public required ShippingMethodType Type { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required bool IsEnabled { get; init; }

    public required decimal Price { get; init; }

    public decimal? FreeAboveAmount { get; init; }

    public required IReadOnlyList<WeightRateDto> WeightRates { get; init; }

    public required IReadOnlyList<ShippingDestinationDto> Destinations { get; init; }

    public required uint Version { get; init; }
}
