using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.HttpApi.Payments.Stripe;

/// <summary>
/// Stripe's objects as its API reference shows them (the JSON files beside this class), filled in for a test, and
/// webhook signatures made the way Stripe makes them.
/// </summary>
internal static class StripeFixtures
{
    public const string WebhookSecret = "whsec_test_5c1e0b1c2d3e4f";

    public static string Intent(
        string id, string status, long amount, string currency, Guid paymentId, long capturable = 0, long received = 0,
        string captureMethod = "automatic", string lastPaymentError = "null", string nextAction = "null") =>
        Fill("payment_intent.json", new()
        {
            ["__ID__"] = id, ["__STATUS__"] = status, ["__AMOUNT__"] = Number(amount), ["__CURRENCY__"] = currency,
            ["__AMOUNT_CAPTURABLE__"] = Number(capturable), ["__AMOUNT_RECEIVED__"] = Number(received), ["__CAPTURE_METHOD__"] = captureMethod,
            ["__LAST_PAYMENT_ERROR__"] = lastPaymentError, ["__NEXT_ACTION__"] = nextAction,
            ["__TENANT_ID__"] = Guid.Empty.ToString(), ["__ORDER_ID__"] = Guid.Empty.ToString(), ["__PAYMENT_ID__"] = paymentId.ToString(),
        });

    public static string Charge(string paymentIntent, long amount, long refunded, string currency, Guid paymentId) =>
        Fill("charge.json", new()
        {
            ["__PAYMENT_INTENT__"] = paymentIntent, ["__AMOUNT__"] = Number(amount), ["__AMOUNT_REFUNDED__"] = Number(refunded),
            ["__REFUNDED__"] = refunded == amount ? "true" : "false", ["__CURRENCY__"] = currency, ["__PAYMENT_ID__"] = paymentId.ToString(),
        });

    public static string Refund(string paymentIntent, long amount, string currency) =>
        Fill("refund.json", new() { ["__PAYMENT_INTENT__"] = paymentIntent, ["__AMOUNT__"] = Number(amount), ["__CURRENCY__"] = currency });

    public static string CardDeclined(string paymentIntent) => Fill("card_declined_error.json", new() { ["__ID__"] = paymentIntent });

    public static string Event(string id, string type, string dataObject, DateTimeOffset created) =>
        Fill("event.json", new()
        {
            ["__EVENT_ID__"] = id, ["__TYPE__"] = type, ["__OBJECT__"] = dataObject, ["__CREATED__"] = Number(created.ToUnixTimeSeconds()),
        });

    /// <summary>The Stripe-Signature header: t=timestamp, v1=HMAC-SHA256 with the secret over "{t}.{payload}".</summary>
    public static string Sign(string payload, DateTimeOffset time, string secret = WebhookSecret)
    {
        var timestamp = Number(time.ToUnixTimeSeconds());
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(signature)}";
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fill(string file, Dictionary<string, string> values)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "Stripe", "Fixtures", file));
        return values.OrderByDescending(v => v.Key.Length).Aggregate(text, (current, value) => current.Replace(value.Key, value.Value, StringComparison.Ordinal));
    }
}
