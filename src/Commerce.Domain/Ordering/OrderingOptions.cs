namespace Commerce.Ordering;

/// <summary>
/// Ordering's timings ("Ordering" configuration section). The defaults suit production; a crash or load test sets a
/// short hold and a frequent release so expired holds come back within its run.
/// </summary>
public sealed class OrderingOptions
{
    public const string SectionName = "Ordering";

    /// <summary>How long stock stays held for an order whose payment is not confirmed yet.</summary>
    public TimeSpan ReservationHold { get; set; } = TimeSpan.FromMinutes(OrderingConsts.ReservationHoldMinutes);

    /// <summary>The cron schedule of the job that releases expired holds and cancels their orders.</summary>
    public string ReleaseExpiredSchedule { get; set; } = "*/5 * * * *";
}
