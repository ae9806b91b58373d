using Commerce.Payments;
using Commerce.Payments.TestGateway;
using Commerce.TestBase.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.HttpApi.Payments;

/// <summary>The test gateway's asynchronous confirmation on a host running its Hangfire server, as in production.</summary>
public sealed class TestGatewayHangfireConfirmationTests(TestHost host) : PaymentWebhookTestBase(host), IAsyncLifetime
{
    private WebApplicationFactory<Program> jobHost = null!;

    public ValueTask InitializeAsync()
    {
        jobHost = Host.Factory.WithWebHostBuilder(b => b.UseSetting("BackgroundJobs:IsServerEnabled", "true"));
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => jobHost.DisposeAsync();

    [Fact]
    public async Task A_pending_card_is_captured_by_the_scheduled_job_s_signed_webhook()
    {
        var shop = await ShopAsync("test-gateway", []);
        _ = jobHost.Services;

        var (orderId, _) = await PlaceAsync(shop, new PaymentDetailsDto { CardNumber = TestGatewayCards.ConfirmedLater, CardExpiry = "12/30", CardCvc = "123" });
        (await ReadAsync(shop, orderId)).Status.ShouldBe(PaymentStatus.Pending);

        // Hangfire looks for due scheduled jobs every 15 seconds by default.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        PaymentDto payment;
        do
        {
            await Task.Delay(500, Ct);
            payment = await ReadAsync(shop, orderId);
        }
        while (payment.Status == PaymentStatus.Pending && DateTimeOffset.UtcNow < deadline);

        payment.Status.ShouldBe(PaymentStatus.Captured);
        payment.Transactions.Select(t => t.Kind).ShouldBe(["Authorize", "Capture"]);
    }
}
