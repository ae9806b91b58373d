using Commerce.BackgroundJobs;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

/// <summary>What Hangfire stores and calls: a typed job resolved from the job's DI scope, with its arguments.</summary>
public sealed class BackgroundJobExecutor<TJob, TArgs>(TJob job)
    where TJob : class, IBackgroundJob<TArgs>
{
    public Task ExecuteAsync(TArgs args, CancellationToken ct) => job.ExecuteAsync(args, ct);
}
