using Commerce.BackgroundJobs;
using Hangfire;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

internal sealed class HangfireBackgroundJobManager(IBackgroundJobClient client) : IBackgroundJobManager
{
    public string Enqueue<TJob, TArgs>(TArgs args, TimeSpan? delay = null)
        where TJob : class, IBackgroundJob<TArgs>
        => delay is { } wait
            ? client.Schedule<BackgroundJobExecutor<TJob, TArgs>>(x => x.ExecuteAsync(args, CancellationToken.None), wait)
            : client.Enqueue<BackgroundJobExecutor<TJob, TArgs>>(x => x.ExecuteAsync(args, CancellationToken.None));
}
