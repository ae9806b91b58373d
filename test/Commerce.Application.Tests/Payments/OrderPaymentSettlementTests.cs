using Commerce.Payments.TestGateway;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Payments;

public sealed class OrderPaymentSettlementTests(TestDatabase database) : PaymentTestBase(database)
{
    [Fact]
    public async Task Staff_capture_a_manual_payment_and_the_capture_records_who()
    {
        var shop = await ShopAsync("manual");
        var (orderId, paymentId) = await PlaceAsync(shop);
        await StartAsync(shop, paymentId, new PaymentDetailsDto());

        var outcome = await AsStaffAsync(shop, s => s.CaptureAsync(orderId, null, Ct));

        outcome.Status.ShouldBe(PaymentStatus.Captured);
        var payment = await ReadAsync(shop, orderId);
        payment.CapturedAmount.ShouldBe(50m);
        payment.Transactions.Select(t => t.Kind).ShouldBe(["Authorize", "Capture"]);
        var capture = await AsTenantAsync(shop, async sp =>
            (await sp.GetRequiredService<IPaymentRepository>().GetAsync(paymentId, Ct))
                .Transactions.Single(t => t.Kind == PaymentTransactionKind.Capture));
        capture.UserId.ShouldBe(shop.Tenant.Owner.Id);
    }

    [Fact]
    public async Task An_authorization_is_captured_in_part_and_no_more_than_authorized()
    {
        var shop = await ShopAsync("test-gateway", new() { ["captureMode"] = "manual" });
        var (orderId, paymentId) = await PlaceAsync(shop);
        await StartAsync(shop, paymentId, Card(TestGatewayCards.Approved));

        (await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(shop, s => s.CaptureAsync(orderId, 50.01m, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Payments.CaptureExceedsAuthorized);
        (await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(shop, s => s.CaptureAsync(orderId, 0m, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Payments.InvalidAmount);
        (await AsStaffAsync(shop, s => s.CaptureAsync(orderId, 30m, Ct))).Status.ShouldBe(PaymentStatus.Captured);

        var payment = await ReadAsync(shop, orderId);
        (payment.AuthorizedAmount, payment.CapturedAmount, payment.Transactions.Count).ShouldBe((50m, 30m, 2));
    }

    [Fact]
    public async Task An_authorization_is_voided_and_a_capture_cannot_be()
    {
        var shop = await ShopAsync("test-gateway", new() { ["captureMode"] = "manual" });
        var (authorizedOrder, authorized) = await PlaceAsync(shop);
        var (capturedOrder, captured) = await PlaceAsync(shop);
        await StartAsync(shop, authorized, Card(TestGatewayCards.Approved));
        await StartAsync(shop, captured, Card(TestGatewayCards.Approved));
        await AsStaffAsync(shop, s => s.CaptureAsync(capturedOrder, null, Ct));

        (await AsStaffAsync(shop, s => s.VoidAsync(authorizedOrder, Ct))).Status.ShouldBe(PaymentStatus.Voided);

        (await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(shop, s => s.VoidAsync(capturedOrder, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
        (await ReadAsync(shop, capturedOrder)).Status.ShouldBe(PaymentStatus.Captured);
    }

    [Fact]
    public async Task Refunds_go_partial_then_full_and_never_beyond_what_was_captured()
    {
        var shop = await ShopAsync("test-gateway");
        var (orderId, paymentId) = await PlaceAsync(shop);
        await StartAsync(shop, paymentId, Card(TestGatewayCards.Approved));

        (await AsStaffAsync(shop, s => s.RefundAsync(orderId, 20m, "Damaged", Ct))).Status.ShouldBe(PaymentStatus.PartiallyRefunded);
        (await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(shop, s => s.RefundAsync(orderId, 30.01m, null, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Payments.RefundExceedsCaptured);
        (await AsStaffAsync(shop, s => s.RefundAsync(orderId, 30m, null, Ct))).Status.ShouldBe(PaymentStatus.Refunded);

        var payment = await ReadAsync(shop, orderId);
        payment.RefundedAmount.ShouldBe(50m);
        payment.Transactions.Where(t => t.Kind == "Refund").Select(t => t.Amount).ShouldBe([20m, 30m]);
    }

    [Fact]
    public async Task A_manual_refund_is_recorded()
    {
        var shop = await ShopAsync("manual");
        var (orderId, paymentId) = await PlaceAsync(shop);
        await StartAsync(shop, paymentId, new PaymentDetailsDto());
        await AsStaffAsync(shop, s => s.CaptureAsync(orderId, null, Ct));

        (await AsStaffAsync(shop, s => s.RefundAsync(orderId, 50m, "Returned", Ct))).Status.ShouldBe(PaymentStatus.Refunded);
    }

    [Fact]
    public async Task A_pending_card_payment_cannot_be_captured_or_refunded()
    {
        var shop = await ShopAsync("test-gateway");
        var (orderId, _) = await PlaceAsync(shop);

        (await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(shop, s => s.CaptureAsync(orderId, null, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
        (await Should.ThrowAsync<BusinessException>(() => AsStaffAsync(shop, s => s.RefundAsync(orderId, 1m, null, Ct))))
            .Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
    }

    [Fact]
    public async Task An_order_without_a_live_payment_or_another_tenant_s_order_is_not_found()
    {
        var shop = await ShopAsync("test-gateway");
        var other = await ShopAsync("test-gateway");
        var (orderId, paymentId) = await PlaceAsync(shop);
        await StartAsync(shop, paymentId, Card(TestGatewayCards.Declined));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsStaffAsync(shop, s => s.CaptureAsync(orderId, null, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsStaffAsync(other, s => s.RefundAsync(orderId, 1m, null, Ct)));
        (await AsStaffAsync(other, s => s.GetListByOrderAsync(orderId, Ct))).ShouldBeEmpty();
    }
}
