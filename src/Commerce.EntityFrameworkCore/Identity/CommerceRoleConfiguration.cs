using Commerce.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Identity;

internal sealed class CommerceRoleConfiguration : IEntityTypeConfiguration<CommerceRole>
{
    public void Configure(EntityTypeBuilder<CommerceRole> builder)
    {
        builder.ToTable("roles", "identity");
        IdentityIndexes.ReplaceGlobalIndex(builder.Metadata, nameof(CommerceRole.NormalizedName));
        builder.HasIndex(x => new { x.TenantId, x.NormalizedName }).IsUnique().AreNullsDistinct(false);
    }
}
