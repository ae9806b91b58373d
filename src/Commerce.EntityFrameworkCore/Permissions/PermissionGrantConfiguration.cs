using Commerce.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Permissions;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable("permission_grants", "identity");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(PermissionGrantConsts.NameMaxLength);
        builder.Property(x => x.ProviderName).HasMaxLength(1);
        builder.Property(x => x.ProviderKey).HasMaxLength(PermissionGrantConsts.ProviderKeyMaxLength);
        builder.HasIndex(x => new { x.TenantId, x.ProviderName, x.ProviderKey, x.Name }).IsUnique().AreNullsDistinct(false);
    }
}
