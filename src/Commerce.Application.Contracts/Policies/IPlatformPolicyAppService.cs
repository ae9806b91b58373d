namespace Commerce.Policies;

/// <summary>Center Control's platform policies, set for the platform, an edition or a tenant.</summary>
public interface IPlatformPolicyAppService
{
    Task<IReadOnlyList<PolicyValueDto>> GetAsync(PolicyScope scope, Guid? scopeId, CancellationToken ct);

    Task<IReadOnlyList<PolicyValueDto>> UpdateAsync(PolicyScope scope, Guid? scopeId, UpdatePolicyValuesDto input, CancellationToken ct);
}
