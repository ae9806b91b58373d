using Commerce.Application.Dtos;
using Commerce.HttpApi.Authorization;
using Commerce.Inventory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Inventory;

/// <summary>Stock per variant: on hand, reserved, available, low-stock state, changes and their history.</summary>
[ApiController]
[Route("api/inventory/stock")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Stock")]
public sealed class StockController(IStockAppService stock) : ControllerBase
{
    /// <summary>Lists stock, least available first; lowOnly gives the low-stock view.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResultDto<StockItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<PagedResultDto<StockItemDto>> GetList([FromQuery] GetStockListInput input, CancellationToken ct) => stock.GetListAsync(input, ct);

    /// <summary>Gets a variant's stock.</summary>
    [HttpGet("{variantId:guid}")]
    [ProducesResponseType<StockItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<StockItemDto> Get(Guid variantId, CancellationToken ct) => stock.GetAsync(variantId, ct);

    /// <summary>Changes a variant's stock by a number, or sets it to a counted number; recorded as a movement.</summary>
    [HttpPost("{variantId:guid}/changes")]
    [ProducesResponseType<StockItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<StockItemDto> Change(Guid variantId, ChangeStockDto input, CancellationToken ct) => stock.ChangeAsync(variantId, input, ct);

    /// <summary>Applies several changes together: all of them or, when one is refused, none.</summary>
    [HttpPost("changes")]
    [ProducesResponseType<IReadOnlyList<StockItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<IReadOnlyList<StockItemDto>> ChangeMany(ChangeStockManyDto input, CancellationToken ct) => stock.ChangeManyAsync(input, ct);

    /// <summary>Sets a variant's own low-stock threshold, or clears it to use the default.</summary>
    [HttpPut("{variantId:guid}/low-stock-threshold")]
    [ProducesResponseType<StockItemDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<StockItemDto> SetLowStockThreshold(Guid variantId, SetLowStockThresholdDto input, CancellationToken ct) =>
        stock.SetLowStockThresholdAsync(variantId, input, ct);

    /// <summary>A variant's stock movements, newest first.</summary>
    [HttpGet("{variantId:guid}/movements")]
    [ProducesResponseType<PagedResultDto<StockMovementDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<PagedResultDto<StockMovementDto>> GetMovements(Guid variantId, [FromQuery] PagedRequestDto input, CancellationToken ct) =>
        stock.GetMovementsAsync(variantId, input, ct);
}
