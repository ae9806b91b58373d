using Commerce.Catalog.Products;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("product_variants", CatalogSchema.Name);
        builder.HasKey(x => new { x.TenantId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Sku).HasMaxLength(ProductVariantConsts.SkuMaxLength);
        builder.Property(x => x.Barcode).HasMaxLength(ProductVariantConsts.BarcodeMaxLength);
        builder.Property(x => x.Price).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.Property(x => x.CompareAtPrice).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.Property(x => x.SpecialPrice).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.Property(x => x.Option1).HasMaxLength(ProductConsts.OptionValueMaxLength);
        builder.Property(x => x.Option2).HasMaxLength(ProductConsts.OptionValueMaxLength);
        builder.Property(x => x.Option3).HasMaxLength(ProductConsts.OptionValueMaxLength);
        builder.Ignore(x => x.OptionValues);
        builder.OwnsMany(x => x.StorePrices, price =>
        {
            price.ToTable("variant_store_prices", CatalogSchema.Name);
            price.WithOwner().HasForeignKey("TenantId", "VariantId");
            price.HasKey("TenantId", "VariantId", nameof(VariantStorePrice.StoreId));
            price.Property(p => p.StoreId).ValueGeneratedNever();
            price.Property(p => p.Price).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        });
        builder.HasIndex(x => new { x.TenantId, x.ProductId, x.Position });
        builder.HasIndex(x => new { x.TenantId, x.Sku }).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Catalog.DuplicateSku);
    }
}
