using Commerce.Application.Dtos;

namespace Commerce.Ordering;

/// <summary>
/// The storefront's order pages (in process): a signed-in customer's own orders, or one guest order opened with the
/// access token checkout gave. Anything else is 404.
/// </summary>
public interface ICustomerOrderAppService
{
    /// <summary>The signed-in customer's orders in the store, newest first.</summary>
    Task<PagedResultDto<OrderListItemDto>> GetListAsync(Guid storeId, PagedRequestDto input, CancellationToken ct);

    Task<CustomerOrderDto> GetAsync(Guid id, CancellationToken ct);

    Task<CustomerOrderDto> GetByGuestTokenAsync(string accessToken, CancellationToken ct);
}
