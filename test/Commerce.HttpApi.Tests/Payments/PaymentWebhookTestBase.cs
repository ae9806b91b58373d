using System.Net.Http.Json;
using System.Text;
using Commerce.Domain.Repositories;
using Commerce.Features;
using Commerce.MultiTenancy;
using Commerce.Payments;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.HttpApi.Payments;

/// <summary>A tenant's store with a payment method, payments placed as Ordering places them, and webhooks posted anonymously.</summary>
public abstract class PaymentWebhookTestBase(TestHost host) : HttpTestBase(host)
{
    protected async Task<WebhookShop> ShopAsync(string provider, Dictionary<string, string?> settings)
    {
        var editions = await Client.GetFromJsonAsync<List<EditionDto>>("/api/host/features/editions", Json, Ct);
        var input = TenantInput.Create(editionId: editions!.Single(e => e.Name == EditionDataSeedContributor.Standard).Id);
        var response = await Client.PostAsJsonAsync(TenantsUrl, input, Ct);
        response.EnsureSuccessStatusCode();
        var tenant = (await response.Content.ReadFromJsonAsync<TenantDto>(Json, Ct))!;
        using var owner = Host.CreateClient(await Host.SignInAsync(input.Slug, input.OwnerEmail, input.OwnerPassword));
        var store = await PostAsync<StoreDto>(owner, "/api/stores", StoreInput.Create());
        var method = await PostAsync<PaymentMethodDto>(owner, $"/api/stores/{store.Id}/payment-methods",
            new CreatePaymentMethodDto { Provider = provider, DisplayName = "Card", Settings = settings });
        var secret = await AsTenantAsync(tenant.Id, async sp =>
            sp.GetRequiredService<PaymentMethodManager>().ReadSecrets(await sp.GetRequiredService<IPaymentMethodRepository>().GetAsync(method.Id, Ct)).GetValueOrDefault("webhookSecret", string.Empty));
        return new WebhookShop(tenant.Id, store.Id, method.Id, secret);
    }

    /// <summary>Creates the order's payment and starts it with the details, as checkout does.</summary>
    protected async Task<(Guid OrderId, Guid PaymentId)> PlaceAsync(WebhookShop shop, PaymentDetailsDto details, decimal amount = 50m)
    {
        var (orderId, paymentId) = await CreatePaymentAsync(shop, amount, "EUR");
        await AsTenantAsync(shop.TenantId, sp => sp.GetRequiredService<IOrderPaymentService>().StartAsync(paymentId, details, Ct));
        return (orderId, paymentId);
    }

    /// <summary>The order's payment, saved as checkout saves it with the order, not started.</summary>
    protected Task<(Guid OrderId, Guid PaymentId)> CreatePaymentAsync(WebhookShop shop, decimal amount, string currency) =>
        AsTenantAsync(shop.TenantId, async sp =>
        {
            var orderId = Guid.CreateVersion7();
            var paymentId = await sp.GetRequiredService<IOrderPaymentService>().CreateAsync(
                new OrderPaymentRequest(orderId, shop.StoreId, shop.MethodId, "#1001", amount, currency, "buyer@example.com"), Ct);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
            return (orderId, paymentId);
        });

    protected Task<PaymentDto> ReadAsync(WebhookShop shop, Guid orderId) =>
        AsTenantAsync(shop.TenantId, async sp => (await sp.GetRequiredService<IOrderPaymentService>().GetListByOrderAsync(orderId, Ct)).Single());

    protected async Task<T> AsTenantAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await action(scope.ServiceProvider);
    }

    /// <summary>Posts the body to the webhook address anonymously, with the header when one is given.</summary>
    protected async Task<HttpResponseMessage> PostWebhookAsync(string url, string body, string? headerName, string? signature)
    {
        using var client = Host.CreateClient(null);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (headerName is not null && signature is not null)
            request.Headers.TryAddWithoutValidation(headerName, signature);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<T> PostAsync<T>(HttpClient client, string url, object body)
    {
        var response = await client.PostAsync(url, JsonContent.Create(body, body.GetType(), options: Json), Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }

    protected sealed record WebhookShop(Guid TenantId, Guid StoreId, Guid MethodId, string Secret)
    {
        public string Url => $"/api/payments/webhooks/{TenantId}/{MethodId}";
    }
}
