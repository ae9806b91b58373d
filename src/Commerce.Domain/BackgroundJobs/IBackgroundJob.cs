namespace Commerce.BackgroundJobs;

/// <summary>A job run by the job server. It runs as the tenant that enqueued it.</summary>
public interface IBackgroundJob<in TArgs>
{
    Task ExecuteAsync(TArgs args, CancellationToken ct);
}
