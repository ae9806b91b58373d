namespace Commerce.Ordering;

public sealed record ShipmentDto
{
    public required Guid Id { get; init; }

    public required IReadOnlyList<OrderLineQuantityDto> Lines { get; init; }

    public string? Carrier { get; init; }

    public string? TrackingNumber { get; init; }

    public string? TrackingUrl { get; init; }

    public required DateTimeOffset ShippedAt { get; init; }
}
