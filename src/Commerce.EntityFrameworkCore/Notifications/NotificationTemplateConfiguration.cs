using Commerce.EntityFrameworkCore.Schema;
using Commerce.Notifications;
using Commerce.Notifications.Templates;
using Commerce.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.EntityFrameworkCore.Notifications;

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> builder)
    {
        builder.ToTable("notification_templates", "notifications");
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasMaxLength(32);
        builder.Property(x => x.Subject).HasMaxLength(NotificationTemplateConsts.SubjectMaxLength);
        builder.Property(x => x.Body).HasMaxLength(NotificationTemplateConsts.BodyMaxLength);
        builder.Ignore(x => x.Content);
        builder.HasOne<Store>().WithMany().HasForeignKey("TenantId", nameof(NotificationTemplate.StoreId)).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex("TenantId", nameof(NotificationTemplate.StoreId), nameof(NotificationTemplate.Kind)).IsUnique().HasFilter("is_deleted = false")
            .HasErrorCode(CommerceErrorCodes.Notifications.DuplicateTemplate);
    }
}
