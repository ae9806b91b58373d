using Commerce.HttpApi.Authorization;
using Commerce.Stores.ShippingMethods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Stores;

/// <summary>A store's shipping methods, of the types the platform policy allows.</summary>
[ApiController]
[Route("api/stores/{storeId:guid}/shipping-methods")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Shipping methods")]
public sealed class ShippingMethodsController(IShippingMethodAppService methods) : ControllerBase
{
    /// <summary>Gets a shipping method.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<ShippingMethodDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<ShippingMethodDto> Get(Guid storeId, Guid id, CancellationToken ct) => methods.GetAsync(storeId, id, ct);

    /// <summary>Lists the store's shipping methods by name.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ShippingMethodDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<ShippingMethodDto>> GetList(Guid storeId, CancellationToken ct) => methods.GetListAsync(storeId, ct);

    /// <summary>Adds a shipping method; 403 when the platform policy does not allow its type.</summary>
    [HttpPost]
    [ProducesResponseType<ShippingMethodDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ShippingMethodDto>> Create(Guid storeId, CreateShippingMethodDto input, CancellationToken ct)
    {
        var method = await methods.CreateAsync(storeId, input, ct);
        return CreatedAtAction(nameof(Get), new { storeId, id = method.Id }, method);
    }

    /// <summary>Changes a shipping method's name, rates, destinations or state; 409 when the version is stale.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<ShippingMethodDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<ShippingMethodDto> Update(Guid storeId, Guid id, UpdateShippingMethodDto input, CancellationToken ct) =>
        methods.UpdateAsync(storeId, id, input, ct);

    /// <summary>Removes a shipping method.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid storeId, Guid id, CancellationToken ct)
    {
        await methods.DeleteAsync(storeId, id, ct);
        return NoContent();
    }
}
