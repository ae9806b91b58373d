namespace Commerce.Inventory;

/// <summary>
/// One change a person asks for: by a number (<see cref="Quantity"/> with received, returned or adjusted) or to a
/// counted number (<see cref="StockMovementReason.Counted"/>: <see cref="Quantity"/> is the new quantity on hand).
/// </summary>
public sealed record StockChange(Guid VariantId, int Quantity, StockMovementReason Reason, string? Note = null, string? Reference = null);
