using Commerce.Domain.Repositories;
using Commerce.Payments.TestGateway;
using Commerce.Stores.PaymentMethods;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Payments;

public sealed class TestGatewayConfirmationTests(TestDatabase database) : PaymentTestBase(database)
{
    [Fact]
    public async Task A_card_needing_confirmation_stays_pending_until_the_signed_webhook_of_its_job_captures_it()
    {
        var shop = await ShopAsync("test-gateway");
        var (orderId, paymentId) = await PlaceAsync(shop);

        (await StartAsync(shop, paymentId, Card(TestGatewayCards.ConfirmedLater))).Status.ShouldBe(PaymentStatus.Pending);
        var job = Jobs.Enqueued.OfType<ConfirmTestGatewayPaymentArgs>().ShouldHaveSingleItem();
        (job.TenantId, job.PaymentId, job.Capture).ShouldBe((shop.Tenant.Tenant.Id, paymentId, true));
        (await ReadAsync(shop, orderId)).Status.ShouldBe(PaymentStatus.Pending);

        await RunJobAsync(job);

        var payment = await ReadAsync(shop, orderId);
        payment.Status.ShouldBe(PaymentStatus.Captured);
        payment.Transactions.Select(t => t.Kind).ShouldBe(["Authorize", "Capture"]);
    }

    [Fact]
    public async Task A_retried_confirmation_job_is_a_replay_and_changes_nothing()
    {
        var shop = await ShopAsync("test-gateway", new() { ["captureMode"] = "manual" });
        var (orderId, paymentId) = await PlaceAsync(shop);
        await StartAsync(shop, paymentId, Card(TestGatewayCards.ConfirmedLater));
        var job = Jobs.Enqueued.OfType<ConfirmTestGatewayPaymentArgs>().ShouldHaveSingleItem();

        await RunJobAsync(job);
        await RunJobAsync(job);

        var payment = await ReadAsync(shop, orderId);
        (payment.Status, payment.AuthorizedAmount, payment.Transactions.Count).ShouldBe((PaymentStatus.Authorized, 50m, 2));
    }

    [Fact]
    public async Task A_method_saved_before_it_had_a_webhook_secret_gets_one_and_is_confirmed()
    {
        var shop = await ShopAsync("manual");
        var methodId = await AsTenantAsync(shop, async sp =>
        {
            var method = await sp.GetRequiredService<PaymentMethodManager>().CreateAsync(shop.StoreId, "test-gateway", "Old card", Ct);
            await sp.GetRequiredService<IPaymentMethodRepository>().AddAsync(method, Ct);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
            return method.Id;
        });
        var oldShop = shop with { MethodId = methodId };
        var (orderId, paymentId) = await PlaceAsync(oldShop);
        await StartAsync(oldShop, paymentId, Card(TestGatewayCards.ConfirmedLater));

        await RunJobAsync(Jobs.Enqueued.OfType<ConfirmTestGatewayPaymentArgs>().ShouldHaveSingleItem());

        (await ReadAsync(oldShop, orderId)).Status.ShouldBe(PaymentStatus.Captured);
        (await SecretAsync(oldShop)).ShouldStartWith("whsec_");
    }

    [Fact]
    public async Task A_test_gateway_method_gets_a_webhook_secret_of_its_own()
    {
        var first = await ShopAsync("test-gateway");
        var second = await ShopAsync("test-gateway");

        var secret = await SecretAsync(first);

        secret.ShouldStartWith("whsec_");
        secret.ShouldNotBe(await SecretAsync(second));
    }

    /// <summary>As Hangfire runs it: a scope of its own, no tenant of the caller's.</summary>
    private Task RunJobAsync(ConfirmTestGatewayPaymentArgs args) =>
        Services.InScopeAsync(sp => sp.GetRequiredService<ConfirmTestGatewayPaymentJob>().ExecuteAsync(args, Ct));

    private Task<string> SecretAsync(Shop shop) =>
        AsTenantAsync(shop, async sp => sp.GetRequiredService<PaymentMethodManager>()
            .ReadSecrets(await sp.GetRequiredService<IPaymentMethodRepository>().GetAsync(shop.MethodId, Ct))[TestGatewayWebhook.SecretSetting]);
}
