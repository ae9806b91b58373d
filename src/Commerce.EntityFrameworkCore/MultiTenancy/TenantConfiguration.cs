using Commerce.EntityFrameworkCore.Schema;
using Commerce.Features;
using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("tenants", "multi_tenancy");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(TenantConsts.NameMaxLength);
        builder.Property(x => x.Slug).HasMaxLength(TenantConsts.SlugMaxLength);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.SuspensionReason).HasMaxLength(TenantConsts.SuspensionReasonMaxLength);
        builder.HasOne<Edition>().WithMany().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.Slug).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.MultiTenancy.DuplicateTenantSlug);
    }
}
