using Commerce.HttpApi.Authorization;
using Commerce.Inventory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Inventory;

/// <summary>The tenant's inventory defaults: the low-stock threshold and whether owners get alerts.</summary>
[ApiController]
[Route("api/inventory/settings")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Inventory settings")]
public sealed class InventorySettingsController(IInventorySettingsAppService settings) : ControllerBase
{
    /// <summary>Gets the inventory settings.</summary>
    [HttpGet]
    [ProducesResponseType<InventorySettingsDto>(StatusCodes.Status200OK)]
    public Task<InventorySettingsDto> Get(CancellationToken ct) => settings.GetAsync(ct);

    /// <summary>Changes the inventory settings.</summary>
    [HttpPut]
    [ProducesResponseType<InventorySettingsDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<InventorySettingsDto> Update(InventorySettingsDto input, CancellationToken ct) => settings.UpdateAsync(input, ct);
}
