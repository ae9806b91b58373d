namespace Commerce.Ordering;

/// <summary>A shipment of the order left (the order may still have lines to ship). Handlers read the shipment.</summary>
public sealed record OrderShipped(Guid OrderId, Guid StoreId, Guid ShipmentId);
