using Commerce.BackgroundJobs;
using Commerce.MultiTenancy;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

public sealed record RecordTenantArgs(Guid Marker);

/// <summary>Reports the tenant it ran as to the waiting test.</summary>
public sealed class RecordTenantJob(ICurrentTenant currentTenant, JobRuns runs) : IBackgroundJob<RecordTenantArgs>
{
    public Task ExecuteAsync(RecordTenantArgs args, CancellationToken ct)
    {
        runs.Completed(args.Marker, currentTenant.Id);
        return Task.CompletedTask;
    }
}
