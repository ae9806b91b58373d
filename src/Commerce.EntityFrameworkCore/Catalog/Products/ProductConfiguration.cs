using Commerce.Catalog;
using Commerce.Catalog.Products;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", CatalogSchema.Name);
        builder.HasKey(x => new { x.TenantId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Title).HasMaxLength(ProductConsts.TitleMaxLength);
        builder.Property(x => x.Handle).HasMaxLength(HandleConsts.MaxLength);
        builder.Property(x => x.Description).HasMaxLength(ProductConsts.DescriptionMaxLength);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.SeoTitle).HasMaxLength(ProductConsts.SeoTitleMaxLength);
        builder.Property(x => x.SeoDescription).HasMaxLength(ProductConsts.SeoDescriptionMaxLength);
        builder.Property(x => x.MinPrice).HasPrecision(ProductVariantConsts.MoneyPrecision, ProductVariantConsts.MoneyScale);
        builder.PrimitiveCollection(x => x.Tags);
        builder.PrimitiveCollection(x => x.StoreIds);
        builder.HasJsonList(x => x.AttributeValues);
        builder.HasJsonList(x => x.Options);
        builder.OwnsMany(x => x.Categories, category =>
        {
            category.ToTable("product_categories", CatalogSchema.Name);
            category.WithOwner().HasForeignKey("TenantId", "ProductId");
            category.HasKey("TenantId", "ProductId", nameof(ProductCategory.CategoryId));
            category.Property(c => c.CategoryId).ValueGeneratedNever();
            category.HasIndex("TenantId", nameof(ProductCategory.CategoryId));
        });
        builder.HasMany(x => x.Variants).WithOne().HasForeignKey(v => new { v.TenantId, v.ProductId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Variants).AutoInclude();
        builder.HasIndex(x => new { x.TenantId, x.Handle }).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Catalog.DuplicateProductHandle);
        builder.HasIndex(x => new { x.TenantId, x.AttributeSetId });
        builder.HasIndex(x => new { x.TenantId, x.CreationTime });
        builder.HasIndex(x => new { x.TenantId, x.LastModificationTime });
        builder.HasIndex(x => new { x.TenantId, x.Title });
        builder.HasIndex(x => new { x.TenantId, x.MinPrice });
        builder.HasIndex(x => new { x.TenantId, x.StoreIds }).HasMethod("gin");
        ProductSearchColumns.Configure(builder);
    }
}
