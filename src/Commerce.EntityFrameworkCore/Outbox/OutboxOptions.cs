namespace Commerce.EntityFrameworkCore.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How long the dispatcher waits when it found nothing to deliver.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>How many deliveries of a batch run at once, each in its own transaction (one connection each).</summary>
    public int MaxParallelDeliveries { get; set; } = 4;

    /// <summary>After this many failed attempts a delivery is dead and waits for an operator.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles with each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
}
