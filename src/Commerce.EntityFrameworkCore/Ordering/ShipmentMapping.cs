using Commerce.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Ordering;

/// <summary>Shipments are read only with their order and never queried alone, so they live in one JSON column of it.</summary>
internal static class ShipmentMapping
{
    public static void Configure(OwnedNavigationBuilder<Order, Shipment> shipment)
    {
        shipment.ToJson("shipments");
        shipment.OwnsMany(s => s.Lines);
    }
}
