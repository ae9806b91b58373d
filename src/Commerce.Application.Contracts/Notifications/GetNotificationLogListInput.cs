using Commerce.Application.Dtos;

namespace Commerce.Notifications;

/// <summary>The log, newest first, narrowed by any of these.</summary>
public sealed record GetNotificationLogListInput : PagedRequestDto
{
    public Guid? StoreId { get; init; }

    public Guid? OrderId { get; init; }

    public Guid? CustomerId { get; init; }

    public NotificationStatus? Status { get; init; }

    public NotificationKind? Kind { get; init; }
}
