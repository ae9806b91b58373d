using Commerce.Catalog.ProductTransfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Catalog.ProductTransfers;

internal sealed class ProductImportConfiguration : IEntityTypeConfiguration<ProductImport>
{
    public void Configure(EntityTypeBuilder<ProductImport> builder)
    {
        builder.ToTable("product_imports", "catalog");
        builder.Property(x => x.FileName).HasMaxLength(ProductImportConsts.FileNameMaxLength);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.HasJsonList(x => x.Errors);

        // The list of recent imports, newest first.
        builder.HasIndex(x => new { x.TenantId, x.CreationTime });
    }
}
