using System.Net;
using Commerce.Payments;
using Commerce.Payments.TestGateway;
using Commerce.TestBase.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.HttpApi.Payments;

public sealed class TestGatewayWebhooksApiTests(TestHost host) : PaymentWebhookTestBase(host)
{
    private static readonly PaymentDetailsDto ApprovedCard = new() { CardNumber = TestGatewayCards.Approved, CardExpiry = "12/30", CardCvc = "123" };

    [Fact]
    public async Task A_signed_capture_event_captures_the_authorized_payment_and_its_replay_changes_nothing()
    {
        var shop = await ManualCaptureShopAsync();
        var (orderId, paymentId) = await PlaceAsync(shop, ApprovedCard);
        var body = Event("evt_1", TestGatewayEventTypes.Captured, paymentId);
        var signature = WebhookSignature.Sign(shop.Secret, DateTimeOffset.UtcNow, body);

        (await PostWebhookAsync(shop.Url, body, TestGatewayWebhook.SignatureHeader, signature)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostWebhookAsync(shop.Url, body, TestGatewayWebhook.SignatureHeader, signature)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var payment = await ReadAsync(shop, orderId);
        (payment.Status, payment.CapturedAmount).ShouldBe((PaymentStatus.Captured, 50m));
        payment.Transactions.Select(t => t.Kind).ShouldBe(["Authorize", "Capture"]);
    }

    [Fact]
    public async Task Events_arriving_out_of_order_end_captured()
    {
        var shop = await ManualCaptureShopAsync();
        var (orderId, paymentId) = await PlaceAsync(shop, ApprovedCard with { CardNumber = TestGatewayCards.ConfirmedLater });

        foreach (var (id, type) in new[] { ("evt_c", TestGatewayEventTypes.Captured), ("evt_a", TestGatewayEventTypes.Authorized) })
        {
            var body = Event(id, type, paymentId);
            (await PostWebhookAsync(shop.Url, body, TestGatewayWebhook.SignatureHeader, WebhookSignature.Sign(shop.Secret, DateTimeOffset.UtcNow, body)))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var payment = await ReadAsync(shop, orderId);
        payment.Status.ShouldBe(PaymentStatus.Captured);
        payment.Transactions.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("unsigned", HttpStatusCode.BadRequest, CommerceErrorCodes.Payments.WebhookSignatureMissing)]
    [InlineData("forged", HttpStatusCode.Unauthorized, CommerceErrorCodes.Payments.InvalidWebhookSignature)]
    [InlineData("stale", HttpStatusCode.Unauthorized, CommerceErrorCodes.Payments.WebhookTimestampExpired)]
    public async Task An_unsigned_forged_or_stale_webhook_is_refused_and_nothing_is_written(string kind, HttpStatusCode status, string code)
    {
        var shop = await ManualCaptureShopAsync();
        var (orderId, paymentId) = await PlaceAsync(shop, ApprovedCard);
        var body = Event("evt_bad", TestGatewayEventTypes.Captured, paymentId);
        var signature = kind switch
        {
            "forged" => WebhookSignature.Sign("whsec_guessed", DateTimeOffset.UtcNow, body),
            "stale" => WebhookSignature.Sign(shop.Secret, DateTimeOffset.UtcNow.AddMinutes(-6), body),
            _ => null,
        };

        var response = await PostWebhookAsync(shop.Url, body, TestGatewayWebhook.SignatureHeader, signature);

        response.StatusCode.ShouldBe(status);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
        var payment = await ReadAsync(shop, orderId);
        (payment.Status, payment.Transactions.Count).ShouldBe((PaymentStatus.Authorized, 1));
    }

    [Fact]
    public async Task Another_tenant_s_method_or_an_unknown_tenant_is_not_found()
    {
        var a = await ManualCaptureShopAsync();
        var b = await ManualCaptureShopAsync();
        var (orderId, paymentId) = await PlaceAsync(a, ApprovedCard);
        var body = Event("evt_x", TestGatewayEventTypes.Captured, paymentId);

        // Signed with A's secret, sent to B's tenant with A's method: B cannot find the method.
        var signature = WebhookSignature.Sign(a.Secret, DateTimeOffset.UtcNow, body);
        (await PostWebhookAsync($"/api/payments/webhooks/{b.TenantId}/{a.MethodId}", body, TestGatewayWebhook.SignatureHeader, signature))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PostWebhookAsync($"/api/payments/webhooks/{Guid.NewGuid()}/{a.MethodId}", body, TestGatewayWebhook.SignatureHeader, signature))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // B's own method with B's secret cannot reach A's payment.
        var asB = WebhookSignature.Sign(b.Secret, DateTimeOffset.UtcNow, body);
        (await PostWebhookAsync(b.Url, body, TestGatewayWebhook.SignatureHeader, asB)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadAsync(a, orderId)).Status.ShouldBe(PaymentStatus.Authorized);
    }

    [Fact]
    public async Task A_manual_method_has_no_webhooks()
    {
        var shop = await ShopAsync("manual", []);
        var body = Event("evt_m", TestGatewayEventTypes.Captured, Guid.NewGuid());

        var response = await PostWebhookAsync(shop.Url, body, TestGatewayWebhook.SignatureHeader, WebhookSignature.Sign("whsec_any", DateTimeOffset.UtcNow, body));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_confirmation_job_of_a_pending_card_captures_it_through_the_webhook_endpoint_code()
    {
        var shop = await ShopAsync("test-gateway", []);
        var (orderId, paymentId) = await PlaceAsync(shop, ApprovedCard with { CardNumber = TestGatewayCards.ConfirmedLater });
        (await ReadAsync(shop, orderId)).Status.ShouldBe(PaymentStatus.Pending);

        await using (var scope = Host.Factory.Services.CreateAsyncScope())
        {
            var args = new ConfirmTestGatewayPaymentArgs(shop.TenantId, shop.MethodId, paymentId, $"tg_{paymentId:N}", 50m, "EUR", Capture: true);
            await scope.ServiceProvider.GetRequiredService<ConfirmTestGatewayPaymentJob>().ExecuteAsync(args, Ct);
        }

        (await ReadAsync(shop, orderId)).Status.ShouldBe(PaymentStatus.Captured);
    }

    private Task<WebhookShop> ManualCaptureShopAsync() => ShopAsync("test-gateway", new() { ["captureMode"] = "manual" });

    private static string Event(string id, string type, Guid paymentId) => TestGatewayWebhook.Serialize(new TestGatewayEvent
    {
        Id = id,
        Type = type,
        Created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        Data = new TestGatewayEventData { Reference = $"tg_{paymentId:N}", PaymentId = paymentId, Amount = 50m, Currency = "EUR" },
    });
}
