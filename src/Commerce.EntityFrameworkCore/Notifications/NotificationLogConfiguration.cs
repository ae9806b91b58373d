using Commerce.EntityFrameworkCore.Schema;
using Commerce.Notifications;
using Commerce.Notifications.Logs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Notifications;

internal sealed class NotificationLogConfiguration : IEntityTypeConfiguration<NotificationLog>
{
    public void Configure(EntityTypeBuilder<NotificationLog> builder)
    {
        builder.ToTable("notification_logs", "notifications");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Status).HasMaxLength(16);
        builder.Property(x => x.RecipientEmail).HasMaxLength(NotificationLogConsts.RecipientEmailMaxLength);
        builder.Property(x => x.RecipientName).HasMaxLength(NotificationLogConsts.RecipientNameMaxLength);
        builder.Property(x => x.Subject).HasMaxLength(NotificationLogConsts.SubjectMaxLength);
        builder.Property(x => x.LastError).HasMaxLength(NotificationLogConsts.LastErrorMaxLength);
        builder.Ignore(x => x.IsFinished);

        // A redelivered event asks for the same notification again: the index lets only the first through.
        builder.HasIndex(x => new { x.TenantId, x.SourceEventId, x.Kind }).IsUnique()
            .HasErrorCode(CommerceErrorCodes.Notifications.DuplicateNotification);

        // The log newest first, alone or for one order, customer or store.
        builder.HasIndex(x => new { x.TenantId, x.CreationTime });
        builder.HasIndex(x => new { x.TenantId, x.OrderId }).HasFilter("order_id IS NOT NULL");
        builder.HasIndex(x => new { x.TenantId, x.CustomerId }).HasFilter("customer_id IS NOT NULL");
        builder.HasIndex(x => new { x.TenantId, x.StoreId, x.CreationTime });
    }
}
