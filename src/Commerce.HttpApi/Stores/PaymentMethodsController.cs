using Commerce.HttpApi.Authorization;
using Commerce.Stores.PaymentMethods;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Stores;

/// <summary>A store's payment methods: the providers the platform policy allows, configured; secrets are write-only.</summary>
[ApiController]
[Route("api/stores/{storeId:guid}/payment-methods")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Payment methods")]
public sealed class PaymentMethodsController(IPaymentMethodAppService methods) : ControllerBase
{
    /// <summary>The payment providers the platform knows, each marked with whether this tenant may enable it.</summary>
    [HttpGet("/api/stores/payment-providers")]
    [ProducesResponseType<IReadOnlyList<PaymentProviderDto>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<PaymentProviderDto>> GetProviders(CancellationToken ct) => methods.GetProvidersAsync(ct);

    /// <summary>Gets a payment method (secret settings are never returned).</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<PaymentMethodDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<PaymentMethodDto> Get(Guid storeId, Guid id, CancellationToken ct) => methods.GetAsync(storeId, id, ct);

    /// <summary>Lists the store's payment methods in checkout order.</summary>
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<PaymentMethodDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<IReadOnlyList<PaymentMethodDto>> GetList(Guid storeId, CancellationToken ct) => methods.GetListAsync(storeId, ct);

    /// <summary>Enables a provider on the store; 403 when the platform policy does not allow it, 409 when the store has it.</summary>
    [HttpPost]
    [ProducesResponseType<PaymentMethodDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public async Task<ActionResult<PaymentMethodDto>> Create(Guid storeId, CreatePaymentMethodDto input, CancellationToken ct)
    {
        var method = await methods.CreateAsync(storeId, input, ct);
        return CreatedAtAction(nameof(Get), new { storeId, id = method.Id }, method);
    }

    /// <summary>Changes a payment method's name, settings, order or state; empty secrets keep their value; 409 when the version is stale.</summary>
    [HttpPut("{id:guid}")]
    [ProducesResponseType<PaymentMethodDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<PaymentMethodDto> Update(Guid storeId, Guid id, UpdatePaymentMethodDto input, CancellationToken ct) =>
        methods.UpdateAsync(storeId, id, input, ct);

    /// <summary>Removes a payment method.</summary>
    [HttpDelete("{id:guid}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Delete(Guid storeId, Guid id, CancellationToken ct)
    {
        await methods.DeleteAsync(storeId, id, ct);
        return NoContent();
    }
}
