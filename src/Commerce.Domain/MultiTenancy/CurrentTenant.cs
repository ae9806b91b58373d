namespace Commerce.MultiTenancy;

/// <summary>Holds the tenant in an AsyncLocal, so it flows with the async call and never leaks to another request.</summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Current = new();

    public Guid? Id => Current.Value?.TenantId;

    public bool IsAvailable => Id.HasValue;

    public IDisposable Change(Guid? tenantId)
    {
        var previous = Current.Value;
        Current.Value = new TenantScope(tenantId);
        return new Restore(previous);
    }

    private sealed record TenantScope(Guid? TenantId);

    private sealed class Restore(TenantScope? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
