using Commerce.Catalog.Products;
using Commerce.BlobStoring;
using Commerce.Catalog.ProductImages;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Catalog.ProductImages;

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> builder)
    {
        builder.ToTable("product_images", "catalog");

        // The convention's key, stated here too: the variants' foreign key refers to both of its columns.
        builder.HasKey(x => new { x.TenantId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.OriginalBlobName).HasMaxLength(BlobNameConsts.PathMaxLength);
        builder.Property(x => x.ContentType).HasMaxLength(ProductImageConsts.ContentTypeMaxLength);
        builder.Property(x => x.AltText).HasMaxLength(ProductImageConsts.AltTextMaxLength);
        builder.Property(x => x.ThumbnailState).HasMaxLength(16);
        builder.PrimitiveCollection(x => x.ThumbnailSizes);
        builder.Ignore(x => x.VariantIds);
        builder.HasIndex(x => new { x.TenantId, x.ProductId, x.Position });
        builder.HasOne<Product>().WithMany().HasForeignKey(x => new { x.TenantId, x.ProductId }).OnDelete(DeleteBehavior.Cascade);

        builder.OwnsMany(x => x.Variants, variants =>
        {
            variants.ToTable("product_image_variants", "catalog");
            variants.WithOwner().HasForeignKey(nameof(ProductImage.TenantId), "ProductImageId");

            // A key the database generates: with the variant id as key, EF would take a newly added link for an
            // existing row and update it rather than insert it.
            variants.Property<int>("Id").ValueGeneratedOnAdd();
            variants.HasKey(nameof(ProductImage.TenantId), "ProductImageId", "Id");
            variants.HasOne<ProductVariant>().WithMany().HasForeignKey(nameof(ProductImage.TenantId), nameof(ProductImageVariant.VariantId)).OnDelete(DeleteBehavior.Cascade);
            variants.HasIndex(nameof(ProductImage.TenantId), nameof(ProductImageVariant.VariantId)).IsUnique()
                .HasErrorCode(CommerceErrorCodes.Media.VariantAlreadyHasImage);
        });
    }
}
