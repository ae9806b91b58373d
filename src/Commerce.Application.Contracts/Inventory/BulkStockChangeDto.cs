namespace Commerce.Inventory;

public sealed record BulkStockChangeDto : ChangeStockDto
{
    public Guid VariantId { get; init; }
}
