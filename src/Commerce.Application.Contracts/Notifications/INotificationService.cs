namespace Commerce.Notifications;

/// <summary>
/// Asks for a notification to be rendered from the store's template and sent. Called by domain event handlers (which
/// run from the outbox), never inline in a request. Idempotent by the request's source event id and kind.
/// </summary>
public interface INotificationService
{
    Task RequestAsync(NotificationRequest request, CancellationToken ct);
}
