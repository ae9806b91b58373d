using Commerce.Catalog.Products;
using Commerce.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Inventory;

internal sealed class StockItemConfiguration : IEntityTypeConfiguration<StockItem>
{
    public void Configure(EntityTypeBuilder<StockItem> builder)
    {
        builder.ToTable("stock_items", "inventory", t =>
        {
            t.HasCheckConstraint("ck_stock_items_on_hand", "on_hand >= 0");
            t.HasCheckConstraint("ck_stock_items_reserved", "reserved >= 0 AND reserved <= on_hand");
        });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Ignore(x => x.Available);

        // A location column joins this key when locations arrive.
        builder.HasIndex("TenantId", nameof(StockItem.VariantId)).IsUnique();
        builder.HasIndex("TenantId", nameof(StockItem.IsLow));
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey("TenantId", nameof(StockItem.VariantId)).OnDelete(DeleteBehavior.Cascade);
    }
}
