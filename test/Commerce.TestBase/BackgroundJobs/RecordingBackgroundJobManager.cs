using System.Collections.Concurrent;
using Commerce.BackgroundJobs;

namespace Commerce.TestBase.BackgroundJobs;

/// <summary>The job queue at the process edge: records what was enqueued, so a test can run the job itself.</summary>
public sealed class RecordingBackgroundJobManager : IBackgroundJobManager
{
    private readonly ConcurrentQueue<object> enqueued = new();

    public IReadOnlyList<object> Enqueued => [.. enqueued];

    public string Enqueue<TJob, TArgs>(TArgs args, TimeSpan? delay = null)
        where TJob : class, IBackgroundJob<TArgs>
    {
        enqueued.Enqueue(args!);
        return Guid.NewGuid().ToString("N");
    }
}
