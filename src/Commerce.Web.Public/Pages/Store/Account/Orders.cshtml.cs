using Commerce.Application.Dtos;
using Commerce.Ordering;
using Commerce.Web.Public.Stores;

namespace Commerce.Web.Public.Pages.Store.Account;

/// <summary>The signed-in customer's orders in this store, newest first, a page at a time.</summary>
public sealed class OrdersModel(ICurrentStore currentStore, ICustomerOrderAppService orders) : CustomerPageModel(currentStore)
{
    public const int PageSize = 20;

    public PagedResultDto<OrderListItemDto> Orders { get; private set; } = null!;

    public int PageNumber { get; private set; }

    public bool HasNext => PageNumber * PageSize < Orders.TotalCount;

    public async Task OnGetAsync(int? page, CancellationToken ct)
    {
        PageNumber = Math.Clamp(page ?? 1, 1, 10_000);
        Orders = await orders.GetListAsync(Store.Id, new PagedRequestDto { SkipCount = (PageNumber - 1) * PageSize, MaxResultCount = PageSize }, ct);
    }
}
