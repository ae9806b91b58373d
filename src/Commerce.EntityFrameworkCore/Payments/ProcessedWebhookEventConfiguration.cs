using Commerce.EntityFrameworkCore.Schema;
using Commerce.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Payments;

internal sealed class ProcessedWebhookEventConfiguration : IEntityTypeConfiguration<ProcessedWebhookEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedWebhookEvent> builder)
    {
        builder.ToTable("processed_webhook_events", PaymentsSchema.Name);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Provider).HasMaxLength(PaymentConsts.ProviderMaxLength);
        builder.Property(x => x.EventId).HasMaxLength(PaymentConsts.ProviderReferenceMaxLength);
        builder.HasIndex(x => new { x.TenantId, x.Provider, x.EventId }).IsUnique()
            .HasErrorCode(CommerceErrorCodes.Payments.DuplicateWebhookEvent);
    }
}
