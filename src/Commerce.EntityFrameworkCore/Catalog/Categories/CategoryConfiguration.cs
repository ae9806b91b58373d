using Commerce.Catalog;
using Commerce.Catalog.Categories;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Catalog.Categories;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("categories", CatalogSchema.Name);
        builder.HasKey(x => new { x.TenantId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(CategoryConsts.NameMaxLength);
        builder.Property(x => x.Handle).HasMaxLength(HandleConsts.MaxLength);
        builder.Property(x => x.Description).HasMaxLength(CategoryConsts.DescriptionMaxLength);
        builder.HasOne<Category>().WithMany().HasForeignKey(x => new { x.TenantId, x.ParentId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.TenantId, x.ParentId, x.Position });
        builder.HasIndex(x => new { x.TenantId, x.Handle }).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Catalog.DuplicateCategoryHandle);
    }
}
