using System.Text;
using Commerce.Payments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Payments;

/// <summary>
/// Where payment providers deliver their webhooks. Anonymous: each store's payment method has its own address, and
/// the signature is verified (over the body exactly as sent) before anything is read.
/// </summary>
[ApiController]
[Route("api/payments/webhooks")]
[AllowAnonymous]
[Tags("Payment webhooks")]
public sealed class PaymentWebhooksController(IPaymentWebhookAppService webhooks) : ControllerBase
{
    private const int MaxBodyBytes = 256 * 1024;

    /// <summary>Receives one signed event; 200 also for an event received before. 400/401 when unsigned, forged or stale.</summary>
    [HttpPost("{tenantId:guid}/{paymentMethodId:guid}")]
    [RequestSizeLimit(MaxBodyBytes)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Receive(Guid tenantId, Guid paymentMethodId, CancellationToken ct)
    {
        using var reader = new StreamReader(Request.Body, Encoding.UTF8);
        var headers = Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        await webhooks.HandleAsync(tenantId, paymentMethodId, await reader.ReadToEndAsync(ct), headers, ct);
        return Ok();
    }
}
