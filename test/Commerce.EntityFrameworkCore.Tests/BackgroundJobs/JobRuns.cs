using System.Collections.Concurrent;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

/// <summary>Lets a test wait for a job and see the tenant it ran as.</summary>
public sealed class JobRuns
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<Guid?>> runs = new();

    public Task<Guid?> WaitAsync(Guid marker) => Get(marker).Task;

    public void Completed(Guid marker, Guid? tenantId) => Get(marker).TrySetResult(tenantId);

    private TaskCompletionSource<Guid?> Get(Guid marker) =>
        runs.GetOrAdd(marker, _ => new TaskCompletionSource<Guid?>(TaskCreationOptions.RunContinuationsAsynchronously));
}
