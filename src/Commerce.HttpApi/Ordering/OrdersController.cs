using Commerce.Application.Dtos;
using Commerce.HttpApi.Authorization;
using Commerce.Ordering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Ordering;

/// <summary>The tenant's orders: list, detail, notes, shipments, completion, cancellation, capture and refunds.</summary>
[ApiController]
[Route("api/ordering/orders")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Orders")]
public sealed class OrdersController(IOrderAppService orders) : ControllerBase
{
    /// <summary>Lists orders, newest first unless sorted otherwise.</summary>
    [HttpGet]
    [ProducesResponseType<PagedResultDto<OrderListItemDto>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<PagedResultDto<OrderListItemDto>> GetList([FromQuery] GetOrderListInput input, CancellationToken ct) => orders.GetListAsync(input, ct);

    /// <summary>Gets an order with its lines, payments, shipments and timeline.</summary>
    [HttpGet("{id:guid}")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<OrderDto> Get(Guid id, CancellationToken ct) => orders.GetAsync(id, ct);

    /// <summary>Adds an internal note to the order's timeline.</summary>
    [HttpPost("{id:guid}/notes")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public Task<OrderDto> AddNote(Guid id, AddOrderNoteDto input, CancellationToken ct) => orders.AddNoteAsync(id, input, ct);

    /// <summary>Ships quantities of lines; the order is Shipped once every line is.</summary>
    [HttpPost("{id:guid}/shipments")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<OrderDto> Ship(Guid id, CreateShipmentDto input, CancellationToken ct) => orders.ShipAsync(id, input, ct);

    /// <summary>Completes a shipped order.</summary>
    [HttpPost("{id:guid}/complete")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<OrderDto> Complete(Guid id, OrderVersionDto input, CancellationToken ct) => orders.CompleteAsync(id, input, ct);

    /// <summary>Cancels a pending or paid order: stock back, payment voided or refunded.</summary>
    [HttpPost("{id:guid}/cancel")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<OrderDto> Cancel(Guid id, CancelOrderDto input, CancellationToken ct) => orders.CancelAsync(id, input, ct);

    /// <summary>Captures the order's authorized payment, in full unless an amount is given; 409 when the version is stale.</summary>
    [HttpPost("{id:guid}/capture")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<OrderDto> Capture(Guid id, CapturePaymentDto input, CancellationToken ct) => orders.CaptureAsync(id, input, ct);

    /// <summary>Refunds an amount or lines of the order, optionally putting the units back in stock; 409 when the version is stale.</summary>
    [HttpPost("{id:guid}/refunds")]
    [ProducesResponseType<OrderDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public Task<OrderDto> Refund(Guid id, RefundOrderDto input, CancellationToken ct) => orders.RefundAsync(id, input, ct);
}
