using Commerce.Catalog.Products;
using Commerce.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Inventory;

internal sealed class StockReservationConfiguration : IEntityTypeConfiguration<StockReservation>
{
    public void Configure(EntityTypeBuilder<StockReservation> builder)
    {
        builder.ToTable("stock_reservations", "inventory", t => t.HasCheckConstraint("ck_stock_reservations_quantity", "quantity > 0"));
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Reference).HasMaxLength(InventoryConsts.ReferenceMaxLength);
        builder.HasIndex("TenantId", nameof(StockReservation.VariantId), nameof(StockReservation.ExpiresAt));
        builder.HasIndex("TenantId", nameof(StockReservation.Reference));
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey("TenantId", nameof(StockReservation.VariantId)).OnDelete(DeleteBehavior.Cascade);
    }
}
