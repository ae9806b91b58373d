using Commerce.Ordering.Carts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Ordering;

/// <summary>
/// The headless storefront's cart: anonymous, reached by the X-Cart-Token header that the first addition returns
/// (a signed-in customer's cart by the customer).
/// </summary>
[ApiController]
[Route("api/storefront/stores/{storeId:guid}/cart")]
[AllowAnonymous]
[Tags("Storefront cart")]
public sealed class StorefrontCartsController(ICartAppService carts) : ControllerBase
{
    private const string TokenHeader = "X-Cart-Token";

    /// <summary>The cart priced now; empty without a known token.</summary>
    [HttpGet]
    [ProducesResponseType<CartDto>(StatusCodes.Status200OK)]
    public Task<CartDto> Get(Guid storeId, [FromHeader(Name = TokenHeader)] string? token, CancellationToken ct) => carts.GetAsync(storeId, token, ct);

    /// <summary>Adds units of a variant; the answer carries a new token when this made the cart.</summary>
    [HttpPost("lines")]
    [ProducesResponseType<CartDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<CartDto> Add(Guid storeId, [FromHeader(Name = TokenHeader)] string? token, SetCartLineDto input, CancellationToken ct) =>
        carts.AddAsync(storeId, token, input, ct);

    /// <summary>Sets a line's quantity; zero removes it.</summary>
    [HttpPut("lines")]
    [ProducesResponseType<CartDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<CartDto> SetQuantity(Guid storeId, [FromHeader(Name = TokenHeader)] string? token, SetCartLineDto input, CancellationToken ct) =>
        carts.SetQuantityAsync(storeId, token, input, ct);
}
