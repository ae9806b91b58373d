using Commerce.HttpApi.Authorization;
using Commerce.Policies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Policies;

/// <summary>Center Control: the platform policies, for the whole platform, one edition or one tenant.</summary>
[ApiController]
[Authorize(Policy = CommerceAuthorizationPolicies.Host)]
[Tags("Platform policies")]
public sealed class PlatformPoliciesController(IPlatformPolicyAppService policies) : ControllerBase
{
    /// <summary>The platform's values (and the defaults where none is set).</summary>
    [HttpGet("api/host/policies")]
    [ProducesResponseType<IReadOnlyList<PolicyValueDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<PolicyValueDto>> GetPlatform(CancellationToken ct) => policies.GetAsync(PolicyScope.Platform, null, ct);

    /// <summary>Sets platform values; null clears one back to its default.</summary>
    [HttpPut("api/host/policies")]
    [ProducesResponseType<IReadOnlyList<PolicyValueDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<IReadOnlyList<PolicyValueDto>> UpdatePlatform(UpdatePolicyValuesDto input, CancellationToken ct) =>
        policies.UpdateAsync(PolicyScope.Platform, null, input, ct);

    /// <summary>An edition's values, over the platform's.</summary>
    [HttpGet("api/host/features/editions/{id:guid}/policies")]
    [ProducesResponseType<IReadOnlyList<PolicyValueDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<PolicyValueDto>> GetEdition(Guid id, CancellationToken ct) => policies.GetAsync(PolicyScope.Edition, id, ct);

    [HttpPut("api/host/features/editions/{id:guid}/policies")]
    [ProducesResponseType<IReadOnlyList<PolicyValueDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<PolicyValueDto>> UpdateEdition(Guid id, UpdatePolicyValuesDto input, CancellationToken ct) =>
        policies.UpdateAsync(PolicyScope.Edition, id, input, ct);

    /// <summary>A tenant's values, over its edition's and the platform's.</summary>
    [HttpGet("api/host/multi-tenancy/tenants/{id:guid}/policies")]
    [ProducesResponseType<IReadOnlyList<PolicyValueDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<PolicyValueDto>> GetTenant(Guid id, CancellationToken ct) => policies.GetAsync(PolicyScope.Tenant, id, ct);

    [HttpPut("api/host/multi-tenancy/tenants/{id:guid}/policies")]
    [ProducesResponseType<IReadOnlyList<PolicyValueDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<PolicyValueDto>> UpdateTenant(Guid id, UpdatePolicyValuesDto input, CancellationToken ct) =>
        policies.UpdateAsync(PolicyScope.Tenant, id, input, ct);
}
