namespace Commerce.MultiTenancy;

/// <summary>The tenant the current code runs for; null is the host (Center Control).</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    bool IsAvailable { get; }

    /// <summary>Runs the code until the returned scope is disposed as the given tenant (null: the host).</summary>
    IDisposable Change(Guid? tenantId);
}
