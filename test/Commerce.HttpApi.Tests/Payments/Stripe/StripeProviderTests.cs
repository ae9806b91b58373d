using Commerce.Payments;
using Commerce.TestBase.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.HttpApi.Payments.Stripe;

/// <summary>The calls the Stripe provider makes, against a local stand-in for Stripe's API that the host is pointed at.</summary>
public sealed class StripeProviderTests(TestHost host) : PaymentWebhookTestBase(host), IAsyncLifetime
{
    private const string IntentId = "pi_3MtwBwLkdIwHu7ix28a3tqPa";

    private StripeApiServer server = null!;
    private WebApplicationFactory<Program> stripeHost = null!;

    public async ValueTask InitializeAsync()
    {
        server = await StripeApiServer.StartAsync();
        stripeHost = Host.Factory.WithWebHostBuilder(b => b.UseSetting("Payments:Stripe:ApiBase", server.BaseUrl));
    }

    public async ValueTask DisposeAsync()
    {
        await stripeHost.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Checkout_creates_a_confirmed_intent_in_minor_units_with_metadata_keyed_by_the_payment_id()
    {
        var shop = await StripeShopAsync(captureMode: "manual");
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        server.Answer("/v1/payment_intents", StripeFixtures.Intent(IntentId, "requires_capture", 2050, "eur", paymentId, capturable: 2050, captureMethod: "manual"));

        var outcome = await StartAsync(shop, paymentId, new PaymentDetailsDto { ProviderPaymentMethodId = "pm_card_visa", ReturnUrl = "https://shop.example/return" });

        outcome.Status.ShouldBe(PaymentStatus.Authorized);
        var request = server.Requests.ShouldHaveSingleItem();
        (request.Method, request.Path, request.IdempotencyKey, request.Authorization).ShouldBe(("POST", "/v1/payment_intents", paymentId.ToString(), "Bearer sk_test_1"));
        request.Form["amount"].ShouldBe("2050");
        request.Form["currency"].ShouldBe("eur");
        request.Form["capture_method"].ShouldBe("manual");
        (request.Form["payment_method"], request.Form["confirm"], request.Form["return_url"]).ShouldBe(("pm_card_visa", "true", "https://shop.example/return"));
        (request.Form["metadata[tenant_id]"], request.Form["metadata[order_id]"], request.Form["metadata[payment_id]"])
            .ShouldBe((shop.TenantId.ToString(), orderId.ToString(), paymentId.ToString()));
        (await ReadAsync(shop, orderId)).ProviderReference.ShouldBe(IntentId);
    }

    [Fact]
    public async Task Staff_capture_part_of_the_intent_then_refund_part_of_it_in_minor_units()
    {
        var shop = await StripeShopAsync(captureMode: "manual");
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        server.Answer("/v1/payment_intents", StripeFixtures.Intent(IntentId, "requires_capture", 2050, "eur", paymentId, capturable: 2050, captureMethod: "manual"));
        server.Answer($"/v1/payment_intents/{IntentId}/capture", StripeFixtures.Intent(IntentId, "succeeded", 2050, "eur", paymentId, received: 1000, captureMethod: "manual"));
        server.Answer("/v1/refunds", StripeFixtures.Refund(IntentId, 400, "eur"));
        await StartAsync(shop, paymentId, new PaymentDetailsDto { ProviderPaymentMethodId = "pm_card_visa" });

        (await InStripeHostAsync(shop, s => s.CaptureAsync(orderId, 10m, Ct))).Status.ShouldBe(PaymentStatus.Captured);
        (await InStripeHostAsync(shop, s => s.RefundAsync(orderId, 4m, "Damaged", Ct))).Status.ShouldBe(PaymentStatus.PartiallyRefunded);

        var capture = server.Requests.Single(r => r.Path.EndsWith("/capture", StringComparison.Ordinal));
        capture.Form["amount_to_capture"].ShouldBe("1000");
        var refund = server.Requests.Single(r => r.Path == "/v1/refunds");
        (refund.Form["amount"], refund.Form["payment_intent"], refund.Form["metadata[reason]"]).ShouldBe(("400", IntentId, "Damaged"));
        refund.IdempotencyKey.ShouldBe($"{paymentId}:refund:2");
        var payment = await ReadAsync(shop, orderId);
        (payment.CapturedAmount, payment.RefundedAmount).ShouldBe((10m, 4m));
    }

    [Fact]
    public async Task A_zero_decimal_currency_is_sent_unmultiplied_and_a_required_action_comes_back_to_the_customer()
    {
        var shop = await StripeShopAsync(captureMode: null);
        var (_, paymentId) = await CreatePaymentAsync(shop, 1500m, "JPY");
        const string nextAction = """{ "type": "redirect_to_url", "redirect_to_url": { "return_url": "https://shop.example/return", "url": "https://hooks.stripe.com/3d_secure_2/hosted?x=1" } }""";
        server.Answer("/v1/payment_intents", StripeFixtures.Intent(IntentId, "requires_action", 1500, "jpy", paymentId, nextAction: nextAction));

        var outcome = await StartAsync(shop, paymentId, new PaymentDetailsDto { ProviderPaymentMethodId = "pm_card_threeDSecure2Required" });

        (outcome.Status, outcome.NextActionUrl, outcome.ClientSecret)
            .ShouldBe((PaymentStatus.Pending, "https://hooks.stripe.com/3d_secure_2/hosted?x=1", $"{IntentId}_secret_YrKJUKribcBjcG8HVhfZluoGH"));
        var request = server.Requests.ShouldHaveSingleItem();
        (request.Form["amount"], request.Form["currency"], request.Form["capture_method"]).ShouldBe(("1500", "jpy", "automatic"));
    }

    [Fact]
    public async Task A_declined_card_fails_the_payment_with_CardDeclined()
    {
        var shop = await StripeShopAsync(captureMode: null);
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        server.Answer("/v1/payment_intents", StripeFixtures.CardDeclined(IntentId), status: 402);

        var outcome = await StartAsync(shop, paymentId, new PaymentDetailsDto { ProviderPaymentMethodId = "pm_card_chargeDeclined" });

        (outcome.Status, outcome.FailureCode).ShouldBe((PaymentStatus.Failed, CommerceErrorCodes.Payments.CardDeclined));
        (await ReadAsync(shop, orderId)).ProviderReference.ShouldBe(IntentId);
    }

    [Fact]
    public async Task Voiding_cancels_the_intent_once()
    {
        var shop = await StripeShopAsync(captureMode: "manual");
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        server.Answer("/v1/payment_intents", StripeFixtures.Intent(IntentId, "requires_action", 2050, "eur", paymentId, captureMethod: "manual"));
        server.Answer($"/v1/payment_intents/{IntentId}/cancel", StripeFixtures.Intent(IntentId, "canceled", 2050, "eur", paymentId, captureMethod: "manual"));
        await StartAsync(shop, paymentId, new PaymentDetailsDto { ProviderPaymentMethodId = "pm_card_threeDSecure2Required" });

        (await InStripeHostAsync(shop, s => s.VoidAsync(orderId, Ct))).Status.ShouldBe(PaymentStatus.Voided);

        server.Requests.Single(r => r.Path.EndsWith("/cancel", StringComparison.Ordinal)).IdempotencyKey.ShouldBe($"{paymentId}:cancel");
        (await ReadAsync(shop, orderId)).Status.ShouldBe(PaymentStatus.Voided);
    }

    [Fact]
    public async Task A_payment_whose_intent_id_was_never_saved_is_not_declared_void_and_waits_for_its_webhook()
    {
        var shop = await StripeShopAsync(captureMode: null);
        var (orderId, _) = await CreatePaymentAsync(shop, 20.5m, "EUR");

        var outcome = await InStripeHostAsync(shop, s => s.VoidAsync(orderId, Ct));

        (outcome.Status, outcome.FailureCode).ShouldBe((PaymentStatus.Pending, CommerceErrorCodes.Payments.ProcessingError));
        server.Requests.ShouldBeEmpty();
        (await ReadAsync(shop, orderId)).Status.ShouldBe(PaymentStatus.Pending);
    }

    private Task<WebhookShop> StripeShopAsync(string? captureMode)
    {
        var settings = new Dictionary<string, string?>
        {
            ["publishableKey"] = "pk_test_1", ["secretKey"] = "sk_test_1", ["webhookSecret"] = StripeFixtures.WebhookSecret, ["captureMode"] = captureMode,
        };
        return ShopAsync("stripe", settings);
    }

    private Task<PaymentOutcomeDto> StartAsync(WebhookShop shop, Guid paymentId, PaymentDetailsDto details) =>
        InStripeHostAsync(shop, s => s.StartAsync(paymentId, details, Ct));

    private async Task<T> InStripeHostAsync<T>(WebhookShop shop, Func<IOrderPaymentService, Task<T>> action)
    {
        await using var scope = stripeHost.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<Commerce.MultiTenancy.ICurrentTenant>().Change(shop.TenantId);
        return await action(scope.ServiceProvider.GetRequiredService<IOrderPaymentService>());
    }
}
