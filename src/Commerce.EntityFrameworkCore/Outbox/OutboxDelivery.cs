namespace Commerce.EntityFrameworkCore.Outbox;

/// <summary>One handler's delivery of one message: each handler succeeds, fails and retries on its own.</summary>
internal sealed class OutboxDelivery
{
    public Guid MessageId { get; init; }

    public required string Handler { get; init; }

    public Guid? TenantId { get; init; }

    public OutboxDeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
