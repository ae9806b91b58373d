using Commerce.Application.Dtos;
using Commerce.Customers;
using Commerce.Domain.Repositories;
using Commerce.MultiTenancy;

namespace Commerce.Ordering;

/// <summary>A shopper's own orders: by the signed-in customer, or one by its guest token. No staff permission.</summary>
internal sealed class CustomerOrderAppService(
    IOrderRepository orders, ICurrentCustomer customer, ICurrentTenant tenant, IGuestOrderLinks guestLinks, IAsyncQueryExecutor executor)
    : ICustomerOrderAppService
{
    public async Task<PagedResultDto<OrderListItemDto>> GetListAsync(Guid storeId, PagedRequestDto input, CancellationToken ct)
    {
        var customerId = CustomerId;
        var mine = orders.Query().Where(o => o.CustomerId == customerId && o.StoreId == storeId);
        var page = OrderMapper.ProjectToListItem(mine.OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Number).Skip(input.SkipCount).Take(input.MaxResultCount));
        return new PagedResultDto<OrderListItemDto> { TotalCount = await executor.CountAsync(mine, ct), Items = await executor.ToListAsync(page, ct) };
    }

    public async Task<CustomerOrderDto> GetAsync(Guid id, CancellationToken ct)
    {
        var customerId = CustomerId;
        return ToDto(await executor.FirstOrDefaultAsync(orders.Query().Where(o => o.Id == id && o.CustomerId == customerId), ct)
            ?? throw new EntityNotFoundException(typeof(Order), id));
    }

    public async Task<CustomerOrderDto> GetByGuestTokenAsync(string accessToken, CancellationToken ct)
    {
        // A token of another tenant, a tampered or an expired one, and a customer's order all look like no order.
        var link = string.IsNullOrWhiteSpace(accessToken) ? null : guestLinks.Read(accessToken.Trim());
        if (link is not { } found || found.TenantId != tenant.Id)
            throw new EntityNotFoundException(typeof(Order), null);
        var orderId = found.OrderId;
        return ToDto(await executor.FirstOrDefaultAsync(orders.Query().Where(o => o.Id == orderId && o.CustomerId == null), ct)
            ?? throw new EntityNotFoundException(typeof(Order), null));
    }

    private Guid CustomerId => customer.Id ?? throw new BusinessException(CommerceErrorCodes.Unauthorized, BusinessErrorKind.Unauthenticated);

    private static CustomerOrderDto ToDto(Order o)
    {
        var staff = OrderMapper.ToDto(o, []);
        return new CustomerOrderDto
        {
            Id = o.Id, Number = staff.Number, StoreId = o.StoreId, Status = o.Status, PaymentStatus = o.PaymentStatus, Email = o.Email,
            ShippingAddress = staff.ShippingAddress, ShippingMethodName = o.ShippingMethodName, PaymentMethodName = o.PaymentMethodName,
            Currency = o.Currency, PricesIncludeTax = o.PricesIncludeTax, Subtotal = o.Subtotal, ShippingTotal = o.ShippingTotal,
            TaxTotal = o.TaxTotal, GrandTotal = o.GrandTotal, RefundedTotal = o.RefundedTotal, PlacedAt = o.PlacedAt,
            Lines = staff.Lines, Shipments = staff.Shipments,
        };
    }
}
