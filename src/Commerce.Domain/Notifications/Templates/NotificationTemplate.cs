using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Notifications.Templates;

/// <summary>
/// A store's own subject and body for one kind of notification, in Liquid. A store without one uses the product's
/// default in the store's language (<see cref="DefaultNotificationTemplates"/>); resetting to the default deletes it.
/// </summary>
public sealed class NotificationTemplate : FullAuditedAggregateRoot, IMultiTenant
{
    private NotificationTemplate()
    {
        Subject = Body = string.Empty;
    }

    internal NotificationTemplate(Guid id, Guid storeId, NotificationKind kind, NotificationTemplateContent content)
        : this()
    {
        Id = id;
        StoreId = storeId;
        Kind = kind;
        Change(content);
    }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string Subject { get; private set; }

    public string Body { get; private set; }

    public NotificationTemplateContent Content => new(Subject, Body);

    public void Change(NotificationTemplateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Subject = content.Subject;
        Body = content.Body;
    }
}
