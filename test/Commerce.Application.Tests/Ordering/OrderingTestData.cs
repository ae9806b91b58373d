using Commerce.Inventory;
using Commerce.TestBase;
using Commerce.TestBase.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Ordering;

/// <summary>Reads what checkout left behind, as the tenant.</summary>
internal static class OrderingTestData
{
    public static Task<List<Order>> OrdersAsync(this CheckoutShop shop, CommerceTestServices services) =>
        shop.InTenantAsync(services, sp => sp.GetRequiredService<IOrderRepository>().Query().OrderBy(o => o.Number).ToListAsync());

    public static Task<Order> OrderAsync(this CheckoutShop shop, CommerceTestServices services, Guid id) =>
        shop.InTenantAsync(services, sp => sp.GetRequiredService<IOrderRepository>().Query().SingleAsync(o => o.Id == id));

    public static Task<StockItem> StockAsync(this CheckoutShop shop, CommerceTestServices services, Guid variantId) =>
        shop.InTenantAsync(services, sp => sp.GetRequiredService<IStockItemRepository>().Query().SingleAsync(i => i.VariantId == variantId));

    public static Task<int> ReservationCountAsync(this CheckoutShop shop, CommerceTestServices services) =>
        shop.InTenantAsync(services, sp => sp.GetRequiredService<IStockReservationRepository>().Query().CountAsync());

}
