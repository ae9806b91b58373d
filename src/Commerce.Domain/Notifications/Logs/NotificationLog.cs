using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Notifications.Logs;

/// <summary>
/// One requested notification and what became of it: queued, sent, or failed after its attempts. It keeps the
/// rendered subject for the backoffice, never the body nor the link (a password reset link is a secret).
/// </summary>
public sealed class NotificationLog : AggregateRoot, IMultiTenant
{
    private NotificationLog()
    {
        RecipientEmail = string.Empty;
    }

    public NotificationLog(Guid id, NotificationLogRequest request, DateTimeOffset now)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.RecipientEmail);
        Kind = request.Kind;
        StoreId = request.StoreId;
        SourceEventId = request.SourceEventId;
        RecipientEmail = Cut(request.RecipientEmail.Trim(), NotificationLogConsts.RecipientEmailMaxLength);
        RecipientName = string.IsNullOrWhiteSpace(request.RecipientName)
            ? null
            : Cut(request.RecipientName.Trim(), NotificationLogConsts.RecipientNameMaxLength);
        OrderId = request.OrderId;
        CustomerId = request.CustomerId;
        Status = NotificationStatus.Queued;
        CreationTime = now;
    }

    public Guid TenantId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public Guid StoreId { get; private set; }

    /// <summary>The domain event that asked for the notification; with the kind, unique per tenant.</summary>
    public Guid SourceEventId { get; private set; }

    public string RecipientEmail { get; private set; }

    public string? RecipientName { get; private set; }

    public Guid? OrderId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public NotificationStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The last failure's type and message, shortened; never a link or a credential.</summary>
    public string? LastError { get; private set; }

    /// <summary>The subject as sent (or as last rendered), for finding a message in the log.</summary>
    public string? Subject { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public DateTimeOffset? SentTime { get; private set; }

    public bool IsFinished => Status != NotificationStatus.Queued;

    public void Rendered(string subject) => Subject = Cut(subject, NotificationLogConsts.SubjectMaxLength);

    public void MarkSent(DateTimeOffset now)
    {
        Attempts++;
        Status = NotificationStatus.Sent;
        SentTime = now;
        LastError = null;
        AddDomainEvent(new NotificationSent(Id, Kind, OrderId, RecipientEmail));
    }

    /// <summary>Records a failed attempt; the last allowed one makes the notification Failed.</summary>
    public void RecordFailure(string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Attempts++;
        LastError = Cut(error, NotificationLogConsts.LastErrorMaxLength);
        if (Attempts < NotificationLogConsts.MaxAttempts)
            return;
        Status = NotificationStatus.Failed;
        AddDomainEvent(new NotificationFailed(Id, Kind, OrderId, RecipientEmail));
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
