using System.Net;
using Commerce.Payments;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Payments.Stripe;

/// <summary>Stripe's documented event payloads, signed as Stripe signs them, posted to a Stripe method's webhook address.</summary>
public sealed class StripeWebhooksApiTests(TestHost host) : PaymentWebhookTestBase(host)
{
    private const string IntentId = "pi_3MtwBwLkdIwHu7ix28a3tqPa";

    [Fact]
    public async Task An_authorization_then_the_success_capture_the_payment_and_a_replay_changes_nothing()
    {
        var shop = await StripeShopAsync();
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        var authorized = Event("evt_auth", "payment_intent.amount_capturable_updated", Intent(paymentId, "requires_capture", capturable: 2050));
        var succeeded = Event("evt_paid", "payment_intent.succeeded", Intent(paymentId, "succeeded", received: 2050));

        (await SendAsync(shop, authorized)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync(shop, orderId)).AuthorizedAmount.ShouldBe(20.5m);
        (await SendAsync(shop, succeeded)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(shop, succeeded)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var payment = await ReadAsync(shop, orderId);
        (payment.Status, payment.CapturedAmount, payment.ProviderReference).ShouldBe((PaymentStatus.Captured, 20.5m, IntentId));
        payment.Transactions.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_success_arriving_before_the_authorization_ends_captured()
    {
        var shop = await StripeShopAsync();
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");

        await SendAsync(shop, Event("evt_paid", "payment_intent.succeeded", Intent(paymentId, "succeeded", received: 2050)));
        await SendAsync(shop, Event("evt_auth", "payment_intent.amount_capturable_updated", Intent(paymentId, "requires_capture", capturable: 2050)));

        (await ReadAsync(shop, orderId)).Status.ShouldBe(PaymentStatus.Captured);
    }

    [Fact]
    public async Task A_zero_decimal_currency_is_read_in_whole_units()
    {
        var shop = await StripeShopAsync();
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 1500m, "JPY");

        await SendAsync(shop, Event("evt_paid", "payment_intent.succeeded", Intent(paymentId, "succeeded", amount: 1500, received: 1500, currency: "jpy")));

        (await ReadAsync(shop, orderId)).CapturedAmount.ShouldBe(1500m);
    }

    [Fact]
    public async Task A_failed_payment_fails_with_CardDeclined_and_a_cancellation_voids()
    {
        var shop = await StripeShopAsync();
        var (failedOrder, failed) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        var (voidedOrder, voided) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        const string cardError = """{ "code": "card_declined", "decline_code": "generic_decline", "message": "Your card was declined.", "type": "card_error" }""";

        await SendAsync(shop, Event("evt_fail", "payment_intent.payment_failed", Intent(failed, "requires_payment_method", lastPaymentError: cardError)));
        await SendAsync(shop, Event("evt_cancel", "payment_intent.canceled", Intent(voided, "canceled", id: "pi_other")));

        var payment = await ReadAsync(shop, failedOrder);
        payment.Status.ShouldBe(PaymentStatus.Failed);
        payment.Transactions.ShouldHaveSingleItem().FailureCode.ShouldBe(CommerceErrorCodes.Payments.CardDeclined);
        (await ReadAsync(shop, voidedOrder)).Status.ShouldBe(PaymentStatus.Voided);
    }

    [Fact]
    public async Task A_refunded_charge_adds_what_is_newly_refunded()
    {
        var shop = await StripeShopAsync();
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        await SendAsync(shop, Event("evt_paid", "payment_intent.succeeded", Intent(paymentId, "succeeded", received: 2050)));

        await SendAsync(shop, Event("evt_r1", "charge.refunded", StripeFixtures.Charge(IntentId, 2050, 500, "eur", paymentId)));
        await SendAsync(shop, Event("evt_r2", "charge.refunded", StripeFixtures.Charge(IntentId, 2050, 2050, "eur", paymentId)));

        var payment = await ReadAsync(shop, orderId);
        (payment.Status, payment.RefundedAmount).ShouldBe((PaymentStatus.Refunded, 20.5m));
    }

    [Theory]
    [InlineData("unsigned", HttpStatusCode.BadRequest, CommerceErrorCodes.Payments.WebhookSignatureMissing)]
    [InlineData("forged", HttpStatusCode.Unauthorized, CommerceErrorCodes.Payments.InvalidWebhookSignature)]
    [InlineData("stale", HttpStatusCode.Unauthorized, CommerceErrorCodes.Payments.WebhookTimestampExpired)]
    public async Task An_unsigned_forged_or_stale_event_is_refused_and_nothing_is_written(string kind, HttpStatusCode status, string code)
    {
        var shop = await StripeShopAsync();
        var (orderId, paymentId) = await CreatePaymentAsync(shop, 20.5m, "EUR");
        var body = Event("evt_paid", "payment_intent.succeeded", Intent(paymentId, "succeeded", received: 2050));
        var signature = kind switch
        {
            "forged" => StripeFixtures.Sign(body, DateTimeOffset.UtcNow, "whsec_guessed"),
            "stale" => StripeFixtures.Sign(body, DateTimeOffset.UtcNow.AddSeconds(-301)),
            _ => null,
        };

        var response = await PostWebhookAsync(shop.Url, body, "Stripe-Signature", signature);

        response.StatusCode.ShouldBe(status);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
        var payment = await ReadAsync(shop, orderId);
        (payment.Status, payment.Transactions.Count).ShouldBe((PaymentStatus.Pending, 0));
    }

    private Task<WebhookShop> StripeShopAsync() => ShopAsync("stripe", new()
    {
        ["publishableKey"] = "pk_test_1", ["secretKey"] = "sk_test_1", ["webhookSecret"] = StripeFixtures.WebhookSecret, ["captureMode"] = "manual",
    });

    private Task<HttpResponseMessage> SendAsync(WebhookShop shop, string body) =>
        PostWebhookAsync(shop.Url, body, "Stripe-Signature", StripeFixtures.Sign(body, DateTimeOffset.UtcNow));

    private static string Event(string id, string type, string dataObject) => StripeFixtures.Event(id, type, dataObject, DateTimeOffset.UtcNow);

    private static string Intent(
        Guid paymentId, string status, long amount = 2050, long capturable = 0, long received = 0, string currency = "eur",
        string lastPaymentError = "null", string id = IntentId) =>
        StripeFixtures.Intent(id, status, amount, currency, paymentId, capturable, received, "manual", lastPaymentError);
}
