using Commerce.Application.Dtos;

namespace Commerce.Ordering;

/// <summary>The backoffice's orders: read with Orders.Default, change with Manage, Fulfil or Refund.</summary>
public interface IOrderAppService
{
    Task<PagedResultDto<OrderListItemDto>> GetListAsync(GetOrderListInput input, CancellationToken ct);

    Task<OrderDto> GetAsync(Guid id, CancellationToken ct);

    Task<OrderDto> AddNoteAsync(Guid id, AddOrderNoteDto input, CancellationToken ct);

    /// <summary>Ships quantities of lines; the order becomes Shipped when every line is shipped.</summary>
    Task<OrderDto> ShipAsync(Guid id, CreateShipmentDto input, CancellationToken ct);

    Task<OrderDto> CompleteAsync(Guid id, OrderVersionDto input, CancellationToken ct);

    /// <summary>Cancels a pending or paid order: its stock goes back and its payment is voided or refunded.</summary>
    Task<OrderDto> CancelAsync(Guid id, CancelOrderDto input, CancellationToken ct);

    Task<OrderDto> CaptureAsync(Guid id, CapturePaymentDto input, CancellationToken ct);

    Task<OrderDto> RefundAsync(Guid id, RefundOrderDto input, CancellationToken ct);
}
