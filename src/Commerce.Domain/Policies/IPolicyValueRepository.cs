using Commerce.Domain.Repositories;

namespace Commerce.Policies;

public interface IPolicyValueRepository : IRepository<PolicyValue>
{
    /// <summary>The values set at one scope, tracked, for a change.</summary>
    Task<List<PolicyValue>> GetListAsync(PolicyScope scope, Guid? scopeId, CancellationToken ct);
}
