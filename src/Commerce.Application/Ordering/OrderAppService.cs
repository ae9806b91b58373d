using Commerce.Application.Dtos;
using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Payments;
using Commerce.Permissions;
using Commerce.Users;

namespace Commerce.Ordering;

/// <summary>The backoffice's orders of the tenant; every change is on the order's timeline with its author.</summary>
internal sealed class OrderAppService(
    IPermissionChecker permissions, IOrderRepository orders, OrderStaffActions actions, IOrderPaymentService payments,
    IAsyncQueryExecutor executor, IUnitOfWork unitOfWork, ICurrentUser currentUser, IGuidGenerator guids, TimeProvider clock)
    : IOrderAppService
{
    public async Task<PagedResultDto<OrderListItemDto>> GetListAsync(GetOrderListInput input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Default, ct);
        var filtered = OrderQuery.Filter(orders, input);
        var page = OrderMapper.ProjectToListItem(OrderQuery.Sort(filtered, input.Sort, input.Descending).Skip(input.SkipCount).Take(input.MaxResultCount));
        return new PagedResultDto<OrderListItemDto> { TotalCount = await executor.CountAsync(filtered, ct), Items = await executor.ToListAsync(page, ct) };
    }

    public async Task<OrderDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Default, ct);
        return await ToDtoAsync(await orders.GetAsync(id, ct), ct);
    }

    public async Task<OrderDto> AddNoteAsync(Guid id, AddOrderNoteDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Manage, ct);
        var order = await orders.GetAsync(id, ct);
        order.AddNote(input.Text, Actor, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(order, ct);
    }

    public async Task<OrderDto> ShipAsync(Guid id, CreateShipmentDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Fulfil, ct);
        var order = await orders.GetAsync(id, ct);
        order.EnsureVersion(input.Version);
        var quantities = input.Lines.GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        order.Ship(guids.Create(), quantities, new ShipmentTracking(input.Carrier, input.TrackingNumber, input.TrackingUrl), Actor, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(order, ct);
    }

    public async Task<OrderDto> CompleteAsync(Guid id, OrderVersionDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Fulfil, ct);
        var order = await orders.GetAsync(id, ct);
        order.EnsureVersion(input.Version);
        order.Complete(Actor, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(order, ct);
    }

    public async Task<OrderDto> CancelAsync(Guid id, CancelOrderDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Manage, ct);
        return await ToDtoAsync(await actions.CancelAsync(id, input, Actor, ct), ct);
    }

    public async Task<OrderDto> CaptureAsync(Guid id, CapturePaymentDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Manage, ct);
        return await ToDtoAsync(await actions.CaptureAsync(id, input, ct), ct);
    }

    public async Task<OrderDto> RefundAsync(Guid id, RefundOrderDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Ordering.Orders.Refund, ct);
        return await ToDtoAsync(await actions.RefundAsync(id, input, Actor, ct), ct);
    }

    private OrderActor Actor => OrderActor.User(currentUser.Id, currentUser.UserName);

    private async Task<OrderDto> ToDtoAsync(Order order, CancellationToken ct) =>
        OrderMapper.ToDto(order, await payments.GetListByOrderAsync(order.Id, ct));
}
