namespace Commerce.Payments;

using static PaymentTestData;

public sealed class PaymentTests
{
    [Fact]
    public void An_authorization_moves_a_pending_payment_to_Authorized_and_raises_the_change()
    {
        var payment = Payment();

        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));

        payment.Status.ShouldBe(PaymentStatus.Authorized);
        payment.AuthorizedAmount.ShouldBe(100m);
        payment.ProviderReference.ShouldBe("pi_1");
        var changed = payment.DomainEvents.OfType<PaymentStatusChanged>().ShouldHaveSingleItem();
        changed.ShouldBe(new PaymentStatusChanged(payment.Id, payment.OrderId, payment.StoreId, PaymentStatus.Authorized, "EUR", 100m, 0m, 0m));
    }

    [Fact]
    public void A_capture_at_once_moves_a_pending_payment_to_Captured()
    {
        var payment = Captured();

        payment.Status.ShouldBe(PaymentStatus.Captured);
        payment.AuthorizedAmount.ShouldBe(100m);
        payment.CapturedAmount.ShouldBe(100m);
        payment.Transactions.ShouldHaveSingleItem().Kind.ShouldBe(PaymentTransactionKind.Capture);
    }

    [Fact]
    public void A_partial_capture_of_an_authorization_captures_that_amount()
    {
        var payment = Payment();
        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));

        payment.Apply(Result(PaymentTransactionKind.Capture, PaymentStatus.Captured, 60m));

        payment.Status.ShouldBe(PaymentStatus.Captured);
        payment.CapturedAmount.ShouldBe(60m);
        payment.Refundable.ShouldBe(60m);
    }

    [Fact]
    public void A_declined_authorization_fails_the_payment_and_keeps_the_transaction_with_its_code()
    {
        var payment = Payment();

        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Failed, 100m, succeeded: false) with { FailureCode = CommerceErrorCodes.Payments.CardDeclined });

        payment.Status.ShouldBe(PaymentStatus.Failed);
        payment.Transactions.ShouldHaveSingleItem().FailureCode.ShouldBe(CommerceErrorCodes.Payments.CardDeclined);
        payment.DomainEvents.OfType<PaymentStatusChanged>().ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Failed);
    }

    [Fact]
    public void A_pending_result_is_recorded_and_changes_nothing()
    {
        var payment = Payment();

        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Pending, 100m));

        payment.Status.ShouldBe(PaymentStatus.Pending);
        payment.Transactions.Count.ShouldBe(1);
        payment.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void An_authorization_arriving_after_the_capture_is_recorded_and_changes_nothing()
    {
        var payment = Captured();
        payment.ClearDomainEvents();

        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));

        payment.Status.ShouldBe(PaymentStatus.Captured);
        payment.Transactions.Count.ShouldBe(2);
        payment.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void A_failure_reported_after_the_capture_changes_nothing()
    {
        var payment = Captured();

        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Failed, 100m, succeeded: false));

        payment.Status.ShouldBe(PaymentStatus.Captured);
    }

    [Fact]
    public void Voiding_is_possible_from_Pending_and_Authorized_and_final()
    {
        var payment = Payment();
        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));
        payment.EnsureCanVoid();

        payment.Apply(Result(PaymentTransactionKind.Void, PaymentStatus.Voided, 100m));
        payment.Apply(Result(PaymentTransactionKind.Capture, PaymentStatus.Captured, 100m));

        payment.Status.ShouldBe(PaymentStatus.Voided);
        Should.Throw<BusinessException>(payment.EnsureCanVoid).Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
    }

    [Fact]
    public void A_pending_payment_is_voided_and_a_later_authorization_changes_nothing()
    {
        var payment = Payment();

        payment.Apply(Result(PaymentTransactionKind.Void, PaymentStatus.Voided, 100m));
        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));

        (payment.Status, payment.AuthorizedAmount).ShouldBe((PaymentStatus.Voided, 0m));
    }

    [Fact]
    public void Transactions_are_numbered_in_the_order_they_happened()
    {
        var payment = Payment();

        payment.Apply(Result(PaymentTransactionKind.Authorize, PaymentStatus.Authorized, 100m));
        payment.Apply(Result(PaymentTransactionKind.Capture, PaymentStatus.Captured, 100m));

        payment.Transactions.Select(t => t.Sequence).ShouldBe([1, 2]);
    }

    [Fact]
    public void A_captured_payment_cannot_be_voided()
    {
        Should.Throw<BusinessException>(Captured().EnsureCanVoid).Code.ShouldBe(CommerceErrorCodes.Payments.InvalidPaymentTransition);
    }
}
