using Commerce.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Identity;

/// <summary>Identity's user table, with user names and emails unique per tenant instead of across the platform.</summary>
internal sealed class CommerceUserConfiguration : IEntityTypeConfiguration<CommerceUser>
{
    public void Configure(EntityTypeBuilder<CommerceUser> builder)
    {
        builder.ToTable("users", "identity");
        builder.Property(x => x.Name).HasMaxLength(IdentityUserConsts.NameMaxLength);
        IdentityIndexes.ReplaceGlobalIndex(builder.Metadata, nameof(CommerceUser.NormalizedUserName));
        IdentityIndexes.ReplaceGlobalIndex(builder.Metadata, nameof(CommerceUser.NormalizedEmail));
        builder.HasIndex(x => new { x.TenantId, x.NormalizedUserName }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(x => new { x.TenantId, x.NormalizedEmail }).IsUnique().AreNullsDistinct(false);
    }
}
