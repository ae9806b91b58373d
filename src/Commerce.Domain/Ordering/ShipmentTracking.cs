namespace Commerce.Ordering;

/// <summary>The carrier and how to follow the parcel; all optional (a hand delivery has none).</summary>
public sealed record ShipmentTracking
{
    public ShipmentTracking(string? carrier, string? trackingNumber, string? trackingUrl)
    {
        Carrier = Clean(carrier, OrderingConsts.CarrierMaxLength);
        TrackingNumber = Clean(trackingNumber, OrderingConsts.TrackingNumberMaxLength);
        TrackingUrl = trackingUrl is null || string.IsNullOrWhiteSpace(trackingUrl) ? null : Stores.StoreUrl.Check(trackingUrl.Trim(), "trackingUrl");
    }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string? TrackingUrl { get; private set; }

    private static string? Clean(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value.Trim().Length, max, nameof(value));
        return value.Trim();
    }
}
