using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Outbox;

internal sealed class OutboxDeliveryConfiguration : IEntityTypeConfiguration<OutboxDelivery>
{
    public void Configure(EntityTypeBuilder<OutboxDelivery> builder)
    {
        builder.ToTable("outbox_deliveries", "kernel");
        builder.HasKey(x => new { x.MessageId, x.Handler });
        builder.Property(x => x.Handler).HasMaxLength(256);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.LastError).HasMaxLength(2000);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.NextAttemptAt).HasFilter("status = 'Pending'");
    }
}
