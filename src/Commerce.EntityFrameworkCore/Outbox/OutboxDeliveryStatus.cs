namespace Commerce.EntityFrameworkCore.Outbox;

internal enum OutboxDeliveryStatus
{
    Pending,
    Succeeded,

    /// <summary>The handler failed on every attempt; an operator looks at the last error and retries by hand.</summary>
    Dead,
}
