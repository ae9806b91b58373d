using Commerce.Catalog.Products;
using Commerce.EntityFrameworkCore.Schema;
using Commerce.Ordering;
using Commerce.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Ordering;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", OrderingSchema.Name);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.PaymentStatus).HasMaxLength(24);
        builder.Property(x => x.Email).HasMaxLength(OrderingConsts.EmailMaxLength);
        builder.Property(x => x.Phone).HasMaxLength(OrderingConsts.PhoneMaxLength);
        builder.Property(x => x.ShippingMethodName).HasMaxLength(ShippingMethodConsts.NameMaxLength);
        builder.Property(x => x.PaymentMethodName).HasMaxLength(PaymentMethodConsts.DisplayNameMaxLength);
        builder.Property(x => x.PaymentProvider).HasMaxLength(PaymentMethodConsts.ProviderMaxLength);
        builder.Property(x => x.Currency).HasMaxLength(StoreConsts.CurrencyLength).IsFixedLength();
        builder.Property(x => x.TaxRatePercent).HasPrecision(6, StoreTaxConsts.RateDecimals);
        foreach (var money in new[] { nameof(Order.Subtotal), nameof(Order.ShippingTotal), nameof(Order.ShippingTax), nameof(Order.TaxTotal), nameof(Order.GrandTotal), nameof(Order.RefundedTotal) })
            builder.Property<decimal>(money).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(OrderingConsts.IdempotencyKeyMaxLength);
        builder.Property(x => x.RequestHash).HasMaxLength(64).IsFixedLength();
        builder.Ignore(x => x.DisplayNumber);
        builder.Ignore(x => x.ReservationReference);
        builder.Ignore(x => x.IsOpen);

        builder.OwnsOne(x => x.ShippingAddress, OrderAddressMapping.Configure);
        builder.Navigation(x => x.ShippingAddress).IsRequired();
        builder.HasMany(x => x.Lines).WithOne().HasForeignKey(l => new { l.TenantId, l.OrderId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Lines).AutoInclude();
        builder.OwnsMany(x => x.Timeline, OrderTimelineMapping.Configure);
        builder.Navigation(x => x.Timeline).AutoInclude();
        builder.OwnsMany(x => x.Shipments, ShipmentMapping.Configure);
        builder.Navigation(x => x.Shipments).AutoInclude();

        builder.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
        builder.HasIndex(x => new { x.TenantId, x.IdempotencyKey }).IsUnique()
            .HasErrorCode(CommerceErrorCodes.Ordering.IdempotencyKeyReused);
        builder.HasIndex(x => new { x.TenantId, x.PlacedAt });
        builder.HasIndex(x => new { x.TenantId, x.StoreId, x.PlacedAt });
        builder.HasIndex(x => new { x.TenantId, x.CustomerId, x.PlacedAt });
        builder.HasIndex(x => new { x.TenantId, x.Email });
        builder.HasIndex(x => new { x.TenantId, x.PlacedAt }, "Unconfirmed").HasFilter("status = 'Pending' AND NOT stock_sold").HasDatabaseName("ix_orders_unconfirmed");
    }
}
