using Commerce.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Policies;

internal sealed class PolicyValueConfiguration : IEntityTypeConfiguration<PolicyValue>
{
    public void Configure(EntityTypeBuilder<PolicyValue> builder)
    {
        builder.ToTable("policy_values", "policies");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Scope).HasMaxLength(16);
        builder.Property(x => x.Name).HasMaxLength(PolicyConsts.NameMaxLength);
        builder.Property(x => x.Value).HasMaxLength(PolicyConsts.ValueMaxLength);
        builder.HasIndex(x => new { x.Scope, x.ScopeId, x.Name }).IsUnique().AreNullsDistinct(false);
    }
}
