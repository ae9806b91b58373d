using Commerce.Stores;
using Commerce.Stores.ShippingMethods;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Stores;

internal sealed class ShippingMethodConfiguration : IEntityTypeConfiguration<ShippingMethod>
{
    public void Configure(EntityTypeBuilder<ShippingMethod> builder)
    {
        builder.ToTable("shipping_methods", "stores");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Type).HasMaxLength(32);
        builder.Property(x => x.Name).HasMaxLength(ShippingMethodConsts.NameMaxLength);
        builder.Property(x => x.Description).HasMaxLength(ShippingMethodConsts.DescriptionMaxLength);
        builder.Property(x => x.Price).HasPrecision(18, 4);
        builder.Property(x => x.FreeAboveAmount).HasPrecision(18, 4);
        builder.HasOne<Store>().WithMany().HasForeignKey("TenantId", nameof(ShippingMethod.StoreId)).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex("TenantId", nameof(ShippingMethod.StoreId));
        builder.OwnsMany(x => x.WeightRates, rates => rates.ToJson("weight_rates"));
        builder.OwnsMany(x => x.Destinations, destinations => destinations.ToJson("destinations"));
    }
}
