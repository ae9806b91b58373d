using Commerce.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Ordering;

internal static class OrderTimelineMapping
{
    public static void Configure(OwnedNavigationBuilder<Order, OrderTimelineEntry> entry)
    {
        entry.ToTable("order_timeline", OrderingSchema.Name);
        entry.WithOwner().HasForeignKey("TenantId", "OrderId");
        entry.HasKey("TenantId", "OrderId", nameof(OrderTimelineEntry.Sequence));
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.Kind).HasMaxLength(16);
        entry.Property(e => e.Message).HasMaxLength(OrderingConsts.MessageMaxLength);
        entry.Property(e => e.AuthorName).HasMaxLength(OrderingConsts.NameMaxLength);
    }
}
