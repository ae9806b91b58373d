using Commerce.EntityFrameworkCore.Schema;
using Commerce.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Features;

internal sealed class TenantFeatureOverrideConfiguration : IEntityTypeConfiguration<TenantFeatureOverride>
{
    public void Configure(EntityTypeBuilder<TenantFeatureOverride> builder)
    {
        builder.ToTable("tenant_feature_overrides", "features");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(FeatureConsts.NameMaxLength);
        builder.Property(x => x.Value).HasMaxLength(FeatureConsts.ValueMaxLength);
        builder.HasIndex(x => new { x.TenantId, x.Name }).IsUnique().HasErrorCode(CommerceErrorCodes.Conflict);
    }
}
