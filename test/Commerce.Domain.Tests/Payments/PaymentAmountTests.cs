namespace Commerce.Payments;

using static PaymentTestData;

public sealed class PaymentAmountTests
{
    [Fact]
    public void Refunds_add_up_to_PartiallyRefunded_then_Refunded_each_raising_the_change()
    {
        var payment = Captured();
        payment.ClearDomainEvents();

        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 30m, reference: "re_1"));
        payment.Status.ShouldBe(PaymentStatus.PartiallyRefunded);
        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.Refunded, 70m, reference: "re_2"));

        payment.Status.ShouldBe(PaymentStatus.Refunded);
        payment.RefundedAmount.ShouldBe(100m);
        payment.DomainEvents.OfType<PaymentStatusChanged>().Select(e => e.RefundedAmount).ShouldBe([30m, 100m]);
    }

    [Fact]
    public void The_same_refund_reported_twice_counts_once()
    {
        var payment = Captured();

        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 30m, reference: "re_1"));
        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 30m, reference: "re_1"));

        payment.RefundedAmount.ShouldBe(30m);
        payment.Transactions.Count.ShouldBe(3);
    }

    [Fact]
    public void A_running_refunded_total_adds_only_what_is_new()
    {
        var payment = Captured();
        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 30m, reference: "re_1"));

        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 30m) with { RefundedTotal = 30m });
        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 50m) with { RefundedTotal = 50m });

        payment.RefundedAmount.ShouldBe(50m);
    }

    [Fact]
    public void Refunding_more_than_was_captured_is_refused_with_RefundExceedsCaptured()
    {
        var payment = Captured();
        payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 80m, reference: "re_1"));

        var ex = Should.Throw<BusinessException>(() => payment.EnsureCanRefund(20.01m));

        ex.Code.ShouldBe(CommerceErrorCodes.Payments.RefundExceedsCaptured);
        ex.Details["refundable"].ShouldBe(20m);
        Should.Throw<BusinessException>(() => payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.Refunded, 21m, reference: "re_2")))
            .Code.ShouldBe(CommerceErrorCodes.Payments.RefundExceedsCaptured);
    }

    [Fact]
    public void Capturing_more_than_was_authorized_is_refused_with_CaptureExceedsAuthorized()
    {
        var payment = Payment();
        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));

        Should.Throw<BusinessException>(() => payment.EnsureCanCapture(100.01m)).Code.ShouldBe(CommerceErrorCodes.Payments.CaptureExceedsAuthorized);
        Should.Throw<BusinessException>(() => payment.Apply(Result(PaymentTransactionKind.Capture, PaymentStatus.Captured, 101m)))
            .Code.ShouldBe(CommerceErrorCodes.Payments.CaptureExceedsAuthorized);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Amounts_of_zero_or_less_are_refused_with_InvalidAmount(int amount)
    {
        Should.Throw<BusinessException>(() => Captured().EnsureCanRefund(amount)).Code.ShouldBe(CommerceErrorCodes.Payments.InvalidAmount);
        Should.Throw<BusinessException>(() => Payment("manual").EnsureCanCapture(amount)).Code.ShouldBe(CommerceErrorCodes.Payments.InvalidAmount);
    }

    [Fact]
    public void Only_a_manual_payment_can_be_captured_while_pending()
    {
        Payment("manual").EnsureCanCapture(100m);

        Should.Throw<BusinessException>(() => Payment().EnsureCanCapture(1m)).Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
    }

    [Fact]
    public void A_refund_reported_before_its_capture_is_refused_so_that_it_is_redelivered()
    {
        var payment = Payment();
        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));

        Should.Throw<BusinessException>(() => payment.Apply(Result(PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded, 10m, reference: "re_1")))
            .Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
    }

    [Fact]
    public void A_pending_payment_cannot_be_refunded()
    {
        Should.Throw<BusinessException>(() => Payment().EnsureCanRefund(1m)).Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
    }

    [Theory]
    [InlineData("EUR", 12.345, 1235)]
    [InlineData("JPY", 1500, 1500)]
    [InlineData("KWD", 1.2345, 1235)]
    public void Minor_units_follow_the_currency_s_exponent(string currency, double amount, long minor)
    {
        MinorUnits.ToMinor((decimal)amount, currency).ShouldBe(minor);
    }
}
