namespace Commerce.Ordering;

/// <summary>A parcel that left for the order: which quantities of which lines, and how to track it.</summary>
public sealed class Shipment
{
    private readonly List<ShipmentLine> lines = [];

    private Shipment()
    {
    }

    internal Shipment(Guid id, IEnumerable<ShipmentLine> shipped, ShipmentTracking tracking, DateTimeOffset shippedAt)
    {
        Id = id;
        lines.AddRange(shipped);
        Carrier = tracking.Carrier;
        TrackingNumber = tracking.TrackingNumber;
        TrackingUrl = tracking.TrackingUrl;
        ShippedAt = shippedAt;
    }

    public Guid Id { get; private set; }

    public IReadOnlyList<ShipmentLine> Lines => lines;

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string? TrackingUrl { get; private set; }

    public DateTimeOffset ShippedAt { get; private set; }
}
