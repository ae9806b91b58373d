namespace Commerce.Ordering;

public sealed record ShipmentLine(Guid OrderLineId, int Quantity);
