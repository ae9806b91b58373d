using System.Collections.Concurrent;
using System.Net;
using Commerce.Payments;
using Commerce.Payments.TestGateway;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Payments;

/// <summary>
/// Webhooks as providers really deliver them: shuffled, a fifth of them twice, several at once, and redelivered
/// while the answer is not 2xx. Every event must take effect exactly once.
/// </summary>
public sealed class TestGatewayWebhookStormTests(TestHost host) : PaymentWebhookTestBase(host)
{
    private const int Payments = 8;

    [Fact]
    public async Task Shuffled_and_duplicated_webhooks_each_take_effect_exactly_once()
    {
        var shop = await ShopAsync("test-gateway", new() { ["captureMode"] = "manual" });
        var card = new PaymentDetailsDto { CardNumber = TestGatewayCards.Approved, CardExpiry = "12/30", CardCvc = "123" };
        var placed = new List<(Guid OrderId, Guid PaymentId)>();
        for (var i = 0; i < Payments; i++)
            placed.Add(await PlaceAsync(shop, card));
        var random = new Random(20261124);
        var deliveries = placed.SelectMany(p => EventsOf(p.PaymentId)).Select(body => (Body: body, Signature: WebhookSignature.Sign(shop.Secret, DateTimeOffset.UtcNow, body))).ToList();
        deliveries.AddRange(deliveries.OrderBy(_ => random.Next()).Take(deliveries.Count / 5).ToList());
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deliveries));

        var refusals = await DeliverUntilAnsweredAsync(shop, deliveries);

        refusals.ShouldAllBe(status => status == HttpStatusCode.Conflict);
        foreach (var (orderId, _) in placed)
        {
            var payment = await ReadAsync(shop, orderId);
            (payment.Status, payment.CapturedAmount, payment.RefundedAmount).ShouldBe((PaymentStatus.PartiallyRefunded, 50m, 20m));
            payment.Transactions.Select(t => t.Kind).Order().ShouldBe(["Authorize", "Authorize", "Capture", "Refund", "Refund"]);
        }
    }

    /// <summary>Four at a time; whatever is not answered 2xx is delivered again, as a provider does. Returns the refusals seen.</summary>
    private async Task<List<HttpStatusCode>> DeliverUntilAnsweredAsync(WebhookShop shop, List<(string Body, string Signature)> deliveries)
    {
        var refusals = new ConcurrentBag<HttpStatusCode>();
        for (var round = 0; deliveries.Count > 0; round++)
        {
            round.ShouldBeLessThan(20, "webhooks still refused after 20 redeliveries");
            var again = new ConcurrentBag<(string Body, string Signature)>();
            await Parallel.ForEachAsync(deliveries, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = Ct }, async (delivery, _) =>
            {
                var response = await PostWebhookAsync(shop.Url, delivery.Body, TestGatewayWebhook.SignatureHeader, delivery.Signature);
                if (response.IsSuccessStatusCode)
                    return;
                refusals.Add(response.StatusCode);
                again.Add(delivery);
            });
            deliveries = [.. again];
        }

        return [.. refusals];
    }

    private static IEnumerable<string> EventsOf(Guid paymentId)
    {
        var data = new TestGatewayEventData { Reference = $"tg_{paymentId:N}", PaymentId = paymentId, Amount = 50m, Currency = "EUR" };
        yield return Serialize($"evt_{paymentId:N}_a", TestGatewayEventTypes.Authorized, data);
        yield return Serialize($"evt_{paymentId:N}_c", TestGatewayEventTypes.Captured, data);
        yield return Serialize($"evt_{paymentId:N}_r1", TestGatewayEventTypes.Refunded, data with { Amount = 10m, RefundId = $"re_{paymentId:N}_1" });
        yield return Serialize($"evt_{paymentId:N}_r2", TestGatewayEventTypes.Refunded, data with { Amount = 10m, RefundId = $"re_{paymentId:N}_2" });
    }

    private static string Serialize(string id, string type, TestGatewayEventData data) =>
        TestGatewayWebhook.Serialize(new TestGatewayEvent { Id = id, Type = type, Created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Data = data });
}
