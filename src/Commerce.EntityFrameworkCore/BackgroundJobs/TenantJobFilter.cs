using Commerce.MultiTenancy;
using Hangfire.Client;
using Hangfire.Server;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Stores the enqueuing tenant with the job and restores it around the job's execution, so a job can never run
/// as the host (or another tenant) by accident.
/// </summary>
public sealed class TenantJobFilter(ICurrentTenant currentTenant) : IClientFilter, IServerFilter
{
    public const string TenantParameter = "TenantId";
    private const string ScopeItem = "Commerce.TenantScope";

    public void OnCreating(CreatingContext context) => context.SetJobParameter(TenantParameter, currentTenant.Id);

    public void OnCreated(CreatedContext context)
    {
    }

    // The scope is opened synchronously here, so the AsyncLocal it sets flows into the job that runs next.
    public void OnPerforming(PerformingContext context) =>
        context.Items[ScopeItem] = currentTenant.Change(context.GetJobParameter<Guid?>(TenantParameter));

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.Remove(ScopeItem, out var scope))
            ((IDisposable)scope).Dispose();
    }
}
