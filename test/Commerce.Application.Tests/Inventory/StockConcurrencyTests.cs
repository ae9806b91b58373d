using Commerce.Catalog.Products;
using Commerce.Domain.Repositories;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Inventory;

public sealed class StockConcurrencyTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task Two_hundred_concurrent_sales_of_a_hundred_units_leave_exactly_zero()
    {
        var (tenant, variantId) = await TenantWithVariantAsync();
        await InTransactionAsync(tenant.Id, m => m.ChangeAsync([new StockChange(variantId, 100, StockMovementReason.Received)], null, Ct));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            try
            {
                await InTransactionAsync(tenant.Id, m => m.TakeAsync(variantId, 1, $"order-{i}", Ct));
                return true;
            }
            catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Inventory.InsufficientStock)
            {
                return false;
            }
        }, Ct)));

        outcomes.Count(o => o).ShouldBe(100);
        outcomes.Count(o => !o).ShouldBe(100);
        using var scope = services.AsTenant(tenant.Id);
        var item = (await StockAsync(variantId))!;
        item.OnHand.ShouldBe(0);
        var sold = await services.InScopeAsync(sp => sp.GetRequiredService<IAsyncQueryExecutor>()
            .CountAsync(sp.GetRequiredService<IRepository<StockMovement>>().Query().Where(m => m.VariantId == variantId && m.Reason == StockMovementReason.Sold), Ct));
        sold.ShouldBe(100);
    }

    [Fact]
    public async Task Reserved_units_are_not_sold_to_others_until_released_or_expired()
    {
        var (tenant, variantId) = await TenantWithVariantAsync();
        await InTransactionAsync(tenant.Id, m => m.ChangeAsync([new StockChange(variantId, 3, StockMovementReason.Received)], null, Ct));

        await InTransactionAsync(tenant.Id, m => m.ReserveAsync(variantId, 3, "checkout-1", TimeSpan.FromMinutes(15), Ct));
        (await Should.ThrowAsync<BusinessException>(() => InTransactionAsync(tenant.Id, m => m.TakeAsync(variantId, 1, "pos", Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Inventory.InsufficientStock);

        services.Clock.Advance(TimeSpan.FromMinutes(16));
        var sold = await InTransactionAsync(tenant.Id, m => m.TakeAsync(variantId, 2, "pos", Ct));

        sold.OnHand.ShouldBe(1);
        sold.Reserved.ShouldBe(0);
    }

    [Fact]
    public async Task A_committed_reservation_leaves_stock_as_a_sale()
    {
        var (tenant, variantId) = await TenantWithVariantAsync();
        await InTransactionAsync(tenant.Id, m => m.ChangeAsync([new StockChange(variantId, 5, StockMovementReason.Received)], null, Ct));
        var reservation = await InTransactionAsync(tenant.Id, m => m.ReserveAsync(variantId, 2, "checkout-2", TimeSpan.FromMinutes(15), Ct));

        await InTransactionAsync(tenant.Id, async m =>
        {
            await m.CommitAsync(reservation, "#1001", Ct);
            return true;
        });

        using var scope = services.AsTenant(tenant.Id);
        var item = (await StockAsync(variantId))!;
        (item.OnHand, item.Reserved).ShouldBe((3, 0));
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private async Task<(TenantDto Tenant, Guid VariantId)> TenantWithVariantAsync()
    {
        var (tenant, owner) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        var product = await services.AsMemberAsync(tenant, owner.Id, [CommerceRoleNames.Owner], (IProductAppService s) => s.CreateAsync(ProductInput.Create(), Ct));
        return (tenant, product.Variants[0].Id);
    }

    private Task<StockItem?> StockAsync(Guid variantId) =>
        services.InScopeAsync(sp => sp.GetRequiredService<IAsyncQueryExecutor>()
            .FirstOrDefaultAsync(sp.GetRequiredService<IStockItemRepository>().Query().Where(i => i.VariantId == variantId), Ct));

    private async Task<T> InTransactionAsync<T>(Guid tenantId, Func<InventoryManager, Task<T>> action)
    {
        using var scope = services.AsTenant(tenantId);
        return await services.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(Ct);
            var result = await action(sp.GetRequiredService<InventoryManager>());
            await unitOfWork.SaveChangesAsync(Ct);
            await transaction.CommitAsync(Ct);
            return result;
        });
    }
}
