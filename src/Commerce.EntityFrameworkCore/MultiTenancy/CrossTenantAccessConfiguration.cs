using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

internal sealed class CrossTenantAccessConfiguration : IEntityTypeConfiguration<CrossTenantAccess>
{
    public void Configure(EntityTypeBuilder<CrossTenantAccess> builder)
    {
        builder.ToTable("cross_tenant_accesses", "kernel");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.EntityName).HasMaxLength(256);
        builder.Property(x => x.Reason).HasMaxLength(512);
        builder.HasIndex(x => x.OccurredAt);
    }
}
