using Commerce.Catalog.Products;
using Commerce.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Inventory;

internal sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> builder)
    {
        builder.ToTable("stock_movements", "inventory");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Reason).HasMaxLength(16);
        builder.Property(x => x.Reference).HasMaxLength(InventoryConsts.ReferenceMaxLength);
        builder.Property(x => x.Note).HasMaxLength(InventoryConsts.NoteMaxLength);
        builder.HasIndex("TenantId", nameof(StockMovement.VariantId), nameof(StockMovement.Time));
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey("TenantId", nameof(StockMovement.VariantId)).OnDelete(DeleteBehavior.Cascade);
    }
}
