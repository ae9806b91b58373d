using Commerce.Features;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Features;

/// <summary>Center Control: a tenant's features, and the platform's overrides of its plan.</summary>
[ApiController]
[Route("api/host/multi-tenancy/tenants/{tenantId:guid}/features")]
[Authorize(Policy = CommerceAuthorizationPolicies.Host)]
[Tags("Tenants")]
public sealed class TenantFeaturesController(ITenantFeatureAppService features) : ControllerBase
{
    /// <summary>Gets every feature as the tenant gets it: the plan's value, the override and the result.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<TenantFeatureDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<TenantFeatureDto>> Get(Guid tenantId, CancellationToken ct) => features.GetAsync(tenantId, ct);

    /// <summary>Overrides the features named for this tenant; null returns one to the plan's value.</summary>
    [HttpPut]
    [ProducesResponseType<IReadOnlyList<TenantFeatureDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<TenantFeatureDto>> Update(Guid tenantId, UpdateTenantFeaturesDto input, CancellationToken ct) =>
        features.UpdateAsync(tenantId, input, ct);
}
