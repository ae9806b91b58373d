using Commerce.EntityFrameworkCore.Schema;
using Commerce.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Features;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> builder)
    {
        builder.ToTable("editions", "features");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(EditionConsts.NameMaxLength);
        builder.Property(x => x.DisplayName).HasMaxLength(EditionConsts.DisplayNameMaxLength);
        builder.HasIndex(x => x.Name).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Features.DuplicateEditionName);
        builder.OwnsMany(x => x.FeatureValues, values =>
        {
            values.ToTable("edition_feature_values", "features");
            values.WithOwner().HasForeignKey("EditionId");
            values.HasKey("EditionId", nameof(EditionFeatureValue.Name));
            values.Property(v => v.Name).HasMaxLength(FeatureConsts.NameMaxLength);
            values.Property(v => v.Value).HasMaxLength(FeatureConsts.ValueMaxLength);
        });
        builder.Navigation(x => x.FeatureValues).AutoInclude();
    }
}
