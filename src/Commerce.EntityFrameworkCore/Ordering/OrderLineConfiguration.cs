using Commerce.Catalog.Products;
using Commerce.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Ordering;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines", OrderingSchema.Name, t =>
        {
            t.HasCheckConstraint("ck_order_lines_quantity", "quantity > 0");
            t.HasCheckConstraint("ck_order_lines_shipped", "shipped_quantity BETWEEN 0 AND quantity");
            t.HasCheckConstraint("ck_order_lines_refunded", "refunded_quantity BETWEEN 0 AND quantity");
        });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ProductTitle).HasMaxLength(OrderingConsts.TitleMaxLength);
        builder.Property(x => x.VariantTitle).HasMaxLength(OrderingConsts.TitleMaxLength);
        builder.Property(x => x.Sku).HasMaxLength(OrderingConsts.SkuMaxLength);
        builder.Property(x => x.UnitPrice).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.Property(x => x.Tax).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.Property(x => x.LineTotal).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.Ignore(x => x.UnshippedQuantity);
        builder.HasIndex(x => new { x.TenantId, x.OrderId });
        builder.HasIndex(x => new { x.TenantId, x.VariantId });
    }
}
