using Commerce.Catalog.AttributeSets;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Catalog.AttributeSets;

internal sealed class AttributeSetConfiguration : IEntityTypeConfiguration<AttributeSet>
{
    public void Configure(EntityTypeBuilder<AttributeSet> builder)
    {
        builder.ToTable("attribute_sets", CatalogSchema.Name);
        builder.HasKey(x => new { x.TenantId, x.Id });
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(AttributeSetConsts.NameMaxLength);
        builder.HasJsonList(x => x.Attributes);
        builder.HasIndex(x => new { x.TenantId, x.Name }).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Catalog.DuplicateAttributeSetName);
    }
}
