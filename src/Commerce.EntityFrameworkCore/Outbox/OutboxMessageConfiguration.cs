using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages", "kernel");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.EventName).HasMaxLength(256);
        builder.Property(x => x.Payload).HasColumnType("jsonb");
        builder.HasIndex(x => x.OccurredAt);
    }
}
