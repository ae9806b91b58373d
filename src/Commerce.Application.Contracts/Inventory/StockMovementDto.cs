namespace Commerce.Inventory;

public sealed record StockMovementDto
{
    public required Guid Id { get; init; }

    public required Guid VariantId { get; init; }

    public required int Quantity { get; init; }

    public required int OnHandAfter { get; init; }

    public required StockMovementReason Reason { get; init; }

    public Guid? UserId { get; init; }

    public string? Reference { get; init; }

    public string? Note { get; init; }

    public required DateTimeOffset Time { get; init; }
}
