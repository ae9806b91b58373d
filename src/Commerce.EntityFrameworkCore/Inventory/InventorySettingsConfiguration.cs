using Commerce.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Inventory;

internal sealed class InventorySettingsConfiguration : IEntityTypeConfiguration<InventorySettings>
{
    public void Configure(EntityTypeBuilder<InventorySettings> builder)
    {
        builder.ToTable("inventory_settings", "inventory");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex("TenantId").IsUnique();
    }
}
