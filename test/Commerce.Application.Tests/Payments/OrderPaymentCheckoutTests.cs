using Commerce.Payments.TestGateway;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Payments;

public sealed class OrderPaymentCheckoutTests(TestDatabase database) : PaymentTestBase(database)
{
    [Fact]
    public async Task No_payment_row_is_written_when_the_caller_does_not_save()
    {
        var shop = await ShopAsync("manual");
        var orderId = Guid.CreateVersion7();

        await AsTenantAsync(shop, sp => sp.GetRequiredService<IOrderPaymentService>().CreateAsync(
            new OrderPaymentRequest(orderId, shop.StoreId, shop.MethodId, "#1001", 10m, "EUR", "buyer@example.com"), Ct));

        (await AsTenantAsync(shop, sp => sp.GetRequiredService<IOrderPaymentService>().GetListByOrderAsync(orderId, Ct))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_saved_payment_is_pending_with_the_method_s_name_and_the_order_s_amount()
    {
        var shop = await ShopAsync("manual");

        var (orderId, paymentId) = await PlaceAsync(shop, 42.5m);

        var payment = await ReadAsync(shop, orderId);
        payment.Id.ShouldBe(paymentId);
        payment.Status.ShouldBe(PaymentStatus.Pending);
        payment.Provider.ShouldBe("manual");
        payment.MethodName.ShouldBe("Pay");
        (payment.Amount, payment.Currency).ShouldBe((42.5m, "EUR"));
        payment.Transactions.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task A_payment_of_zero_or_less_is_refused_and_nothing_is_written(int amount)
    {
        var shop = await ShopAsync("manual");

        var ex = await Should.ThrowAsync<BusinessException>(() => PlaceAsync(shop, amount));

        ex.Code.ShouldBe(CommerceErrorCodes.Payments.InvalidAmount);
    }

    [Fact]
    public async Task Another_store_s_method_is_not_found()
    {
        var shop = await ShopAsync("manual");

        await Should.ThrowAsync<EntityNotFoundException>(() => PlaceAsync(shop with { StoreId = Guid.CreateVersion7() }));
    }

    [Fact]
    public async Task A_manual_payment_starts_pending_and_records_the_start()
    {
        var shop = await ShopAsync("manual");
        var (orderId, paymentId) = await PlaceAsync(shop);

        var outcome = await StartAsync(shop, paymentId, new PaymentDetailsDto());

        outcome.Status.ShouldBe(PaymentStatus.Pending);
        outcome.FailureCode.ShouldBeNull();
        (await ReadAsync(shop, orderId)).Transactions.ShouldHaveSingleItem().Kind.ShouldBe("Authorize");
    }

    [Fact]
    public async Task The_approved_test_card_is_captured_at_once_and_only_its_last_four_digits_are_kept()
    {
        var shop = await ShopAsync("test-gateway");
        var (orderId, paymentId) = await PlaceAsync(shop);

        var outcome = await StartAsync(shop, paymentId, Card("4242 4242 4242 4242"));

        outcome.Status.ShouldBe(PaymentStatus.Captured);
        var payment = await ReadAsync(shop, orderId);
        (payment.AuthorizedAmount, payment.CapturedAmount).ShouldBe((50m, 50m));
        payment.ProviderReference.ShouldBe($"tg_{paymentId:N}");
        var stored = await AsTenantAsync(shop, sp => sp.GetRequiredService<IPaymentRepository>().GetAsync(paymentId, Ct));
        (stored.CardBrand, stored.CardLast4).ShouldBe(("visa", "4242"));
    }

    [Fact]
    public async Task With_manual_capture_mode_the_approved_card_is_only_authorized()
    {
        var shop = await ShopAsync("test-gateway", new() { ["captureMode"] = "manual" });
        var (orderId, paymentId) = await PlaceAsync(shop);

        (await StartAsync(shop, paymentId, Card(TestGatewayCards.Approved))).Status.ShouldBe(PaymentStatus.Authorized);

        (await ReadAsync(shop, orderId)).AuthorizedAmount.ShouldBe(50m);
    }

    [Theory]
    [InlineData(TestGatewayCards.Declined, CommerceErrorCodes.Payments.CardDeclined)]
    [InlineData(TestGatewayCards.ProcessingError, CommerceErrorCodes.Payments.ProcessingError)]
    public async Task A_refused_card_fails_the_payment_with_its_code(string number, string code)
    {
        var shop = await ShopAsync("test-gateway");
        var (orderId, paymentId) = await PlaceAsync(shop);

        var outcome = await StartAsync(shop, paymentId, Card(number));

        (outcome.Status, outcome.FailureCode).ShouldBe((PaymentStatus.Failed, code));
        var transaction = (await ReadAsync(shop, orderId)).Transactions.ShouldHaveSingleItem();
        (transaction.Succeeded, transaction.FailureCode).ShouldBe((false, code));
    }

    [Theory]
    [InlineData("4242424242424241", "12/30", "123")]
    [InlineData("4242424242424242", "01/20", "123")]
    [InlineData("4242424242424242", "13/30", "123")]
    [InlineData("4242424242424242", "12/30", "12")]
    [InlineData(null, null, null)]
    public async Task A_malformed_or_expired_card_is_refused_with_InvalidCard_and_nothing_is_written(string? number, string? expiry, string? cvc)
    {
        var shop = await ShopAsync("test-gateway");
        var (orderId, paymentId) = await PlaceAsync(shop);

        var ex = await Should.ThrowAsync<BusinessException>(() => StartAsync(shop, paymentId, new PaymentDetailsDto { CardNumber = number, CardExpiry = expiry, CardCvc = cvc }));

        (ex.Code, ex.Kind).ShouldBe((CommerceErrorCodes.Payments.InvalidCard, BusinessErrorKind.Invalid));
        var payment = await ReadAsync(shop, orderId);
        (payment.Status, payment.Transactions.Count).ShouldBe((PaymentStatus.Pending, 0));
    }

    [Fact]
    public async Task Starting_a_started_payment_again_does_not_ask_the_provider_twice()
    {
        var shop = await ShopAsync("test-gateway");
        var (orderId, paymentId) = await PlaceAsync(shop);
        await StartAsync(shop, paymentId, Card(TestGatewayCards.Approved));

        (await StartAsync(shop, paymentId, Card(TestGatewayCards.Approved))).Status.ShouldBe(PaymentStatus.Captured);

        (await ReadAsync(shop, orderId)).Transactions.Count.ShouldBe(1);
    }
}
