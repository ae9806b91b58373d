namespace Commerce.EntityFrameworkCore.Outbox;

/// <summary>A domain event, written in the transaction of the change that raised it.</summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The tenant the event was raised for; its handlers run as this tenant.</summary>
    public Guid? TenantId { get; init; }

    public required string EventName { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}
