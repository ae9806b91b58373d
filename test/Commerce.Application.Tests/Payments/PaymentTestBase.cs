using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.Identity;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Payments;

/// <summary>
/// Payments as Ordering uses them: a tenant with a store and a payment method, payments created in the caller's unit
/// of work, and the job queue recorded so a test runs the jobs as Hangfire would.
/// </summary>
public abstract class PaymentTestBase : IClassFixture<TestDatabase>, IAsyncLifetime
{
    protected PaymentTestBase(TestDatabase database)
    {
        Services = new CommerceTestServices(database, services => services.AddSingleton<IBackgroundJobManager>(Jobs));
    }

    protected CommerceTestServices Services { get; }

    protected RecordingBackgroundJobManager Jobs { get; } = new();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static PaymentDetailsDto Card(string number) => new() { CardNumber = number, CardExpiry = "12/30", CardCvc = "123" };

    public async ValueTask InitializeAsync() => await Services.SeedAsync();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new tenant's store with one payment method of the provider.</summary>
    protected async Task<Shop> ShopAsync(string provider, Dictionary<string, string?>? settings = null)
    {
        var tenant = await StoreTenant.CreateAsync(Services, multiStore: false, maxStores: 1, Ct);
        var store = await tenant.AsOwnerAsync<IStoreAppService, StoreDto>(Services, s => s.CreateAsync(StoreInput.Create(), Ct));
        var method = await tenant.AsOwnerAsync<IPaymentMethodAppService, PaymentMethodDto>(Services, s => s.CreateAsync(store.Id,
            new CreatePaymentMethodDto { Provider = provider, DisplayName = "Pay", Settings = settings ?? [] }, Ct));
        return new Shop(tenant, store.Id, method.Id);
    }

    /// <summary>What checkout does: the payment is created in the order's unit of work, which the caller saves.</summary>
    protected async Task<(Guid OrderId, Guid PaymentId)> PlaceAsync(Shop shop, decimal amount = 50m)
    {
        var orderId = Guid.CreateVersion7();
        var paymentId = await AsTenantAsync(shop, async sp =>
        {
            var id = await sp.GetRequiredService<IOrderPaymentService>().CreateAsync(
                new OrderPaymentRequest(orderId, shop.StoreId, shop.MethodId, "#1001", amount, "EUR", "buyer@example.com"), Ct);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
            return id;
        });
        return (orderId, paymentId);
    }

    protected async Task<T> AsTenantAsync<T>(Shop shop, Func<IServiceProvider, Task<T>> action)
    {
        using var tenant = Services.AsTenant(shop.Tenant.Tenant.Id);
        return await Services.InScopeAsync(action);
    }

    /// <summary>As the tenant's owner, as staff act through Ordering.</summary>
    protected Task<T> AsStaffAsync<T>(Shop shop, Func<IOrderPaymentService, Task<T>> action) =>
        Services.AsMemberAsync(shop.Tenant.Tenant, shop.Tenant.Owner.Id, [CommerceRoleNames.Owner], action);

    protected Task<PaymentOutcomeDto> StartAsync(Shop shop, Guid paymentId, PaymentDetailsDto details) =>
        AsTenantAsync(shop, sp => sp.GetRequiredService<IOrderPaymentService>().StartAsync(paymentId, details, Ct));

    protected async Task<PaymentDto> ReadAsync(Shop shop, Guid orderId) =>
        (await AsTenantAsync(shop, sp => sp.GetRequiredService<IOrderPaymentService>().GetListByOrderAsync(orderId, Ct))).ShouldHaveSingleItem();

    protected sealed record Shop(StoreTenant Tenant, Guid StoreId, Guid MethodId);
}
