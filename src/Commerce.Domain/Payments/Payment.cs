using Commerce.Domain.Entities;
using Commerce.MultiTenancy;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments;

/// <summary>
/// The payment of an order with one provider, and every exchange with it. Its state only moves forward
/// (Pending → Authorized → Captured → PartiallyRefunded → Refunded, or Pending/Authorized → Voided/Failed): a result
/// describing an older state is recorded and changes nothing, so webhooks may arrive in any order.
/// </summary>
public sealed class Payment : FullAuditedAggregateRoot, IMultiTenant
{
    private readonly List<PaymentTransaction> transactions = [];

    private Payment()
    {
        Provider = MethodName = Currency = string.Empty;
    }

    internal Payment(Guid id, PaymentMethod method, Guid orderId, decimal amount, string currency)
        : base(id)
    {
        StoreId = method.StoreId;
        OrderId = orderId;
        PaymentMethodId = method.Id;
        Provider = method.Provider;
        MethodName = method.DisplayName;
        Currency = currency;
        Amount = amount;
        Status = PaymentStatus.Pending;
    }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    /// <summary>Ordering's order, by id only: Payments never reads Ordering's tables.</summary>
    public Guid OrderId { get; private set; }

    public Guid PaymentMethodId { get; private set; }

    public string Provider { get; private set; }

    /// <summary>The method's name when the order was placed.</summary>
    public string MethodName { get; private set; }

    public string Currency { get; private set; }

    public decimal Amount { get; private set; }

    public decimal AuthorizedAmount { get; private set; }

    public decimal CapturedAmount { get; private set; }

    public decimal RefundedAmount { get; private set; }

    public PaymentStatus Status { get; private set; }

    /// <summary>The provider's id for the payment; webhooks find the payment by it.</summary>
    public string? ProviderReference { get; private set; }

    /// <summary>The card's brand and last four digits; the full number is never kept.</summary>
    public string? CardBrand { get; private set; }

    public string? CardLast4 { get; private set; }

    public IReadOnlyList<PaymentTransaction> Transactions => transactions;

    /// <summary>What staff may still capture: the authorization, or the whole amount of a manual payment awaiting money.</summary>
    public decimal Capturable => Status switch
    {
        PaymentStatus.Authorized => AuthorizedAmount,
        PaymentStatus.Pending when Provider == PaymentProviderDefinitions.Manual => Amount,
        _ => 0m,
    };

    public decimal Refundable => Status is PaymentStatus.Captured or PaymentStatus.PartiallyRefunded ? CapturedAmount - RefundedAmount : 0m;

    /// <summary>Where a refund of the amount leaves the payment.</summary>
    public PaymentStatus StatusAfterRefund(decimal amount) =>
        RefundedAmount + amount >= CapturedAmount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;

    public void EnsureCanCapture(decimal amount)
    {
        if (Capturable == 0m)
            throw Transition("captured");
        EnsurePositive(amount);
        if (amount > Capturable)
            throw new BusinessException(CommerceErrorCodes.Payments.CaptureExceedsAuthorized, BusinessErrorKind.Invalid).WithData("capturable", Capturable);
    }

    public void EnsureCanVoid()
    {
        if (Status is not (PaymentStatus.Pending or PaymentStatus.Authorized))
            throw Transition("voided");
    }

    public void EnsureCanRefund(decimal amount)
    {
        if (Refundable == 0m)
            throw Transition("refunded");
        EnsurePositive(amount);
        if (amount > Refundable)
            throw new BusinessException(CommerceErrorCodes.Payments.RefundExceedsCaptured, BusinessErrorKind.Invalid).WithData("refundable", Refundable);
    }

    /// <summary>Records the result as a transaction and moves the payment forward when the result is newer than its state.</summary>
    public PaymentTransaction Apply(Guid transactionId, PaymentProviderResult result, DateTimeOffset now)
    {
        var before = (Status, AuthorizedAmount, CapturedAmount, RefundedAmount);
        var alreadyRecorded = result.ProviderReference is { } reference
            && transactions.Any(t => t.Succeeded && t.Kind == result.Kind && t.ProviderReference == reference);
        ProviderReference ??= result.PaymentReference;
        CardBrand ??= result.CardBrand;
        CardLast4 ??= result.CardLast4;
        var transaction = new PaymentTransaction(transactionId, Id, transactions.Count + 1, result, now);
        transactions.Add(transaction);

        if (!result.Succeeded || result.Status == PaymentStatus.Failed)
            FailWhenPending(result);
        else if (!alreadyRecorded)
            Advance(result);

        if (before != (Status, AuthorizedAmount, CapturedAmount, RefundedAmount))
            AddDomainEvent(new PaymentStatusChanged(Id, OrderId, StoreId, Status, Currency, AuthorizedAmount, CapturedAmount, RefundedAmount));
        return transaction;
    }

    private void FailWhenPending(PaymentProviderResult result)
    {
        if (Status == PaymentStatus.Pending && result.Kind == PaymentTransactionKind.Authorize)
            Status = PaymentStatus.Failed;
    }

    private void Advance(PaymentProviderResult result)
    {
        switch (result.Status)
        {
            case PaymentStatus.Authorized when Status == PaymentStatus.Pending:
                AuthorizedAmount = result.Amount;
                Status = PaymentStatus.Authorized;
                break;
            case PaymentStatus.Captured when Status is PaymentStatus.Pending or PaymentStatus.Authorized:
                var limit = Status == PaymentStatus.Authorized ? AuthorizedAmount : Amount;
                if (result.Amount <= 0m || result.Amount > limit)
                    throw new BusinessException(CommerceErrorCodes.Payments.CaptureExceedsAuthorized, BusinessErrorKind.Invalid).WithData("capturable", limit);
                AuthorizedAmount = Math.Max(AuthorizedAmount, result.Amount);
                CapturedAmount = result.Amount;
                Status = PaymentStatus.Captured;
                break;
            case PaymentStatus.Voided when Status is PaymentStatus.Pending or PaymentStatus.Authorized:
                Status = PaymentStatus.Voided;
                break;
            case PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded when Refundable > 0m:
                Refund(result.RefundedTotal is { } total ? total - RefundedAmount : result.Amount);
                break;

            // A refund ahead of its capture is not an older state but an early one: refused, so the provider redelivers it.
            case PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded when Status is PaymentStatus.Pending or PaymentStatus.Authorized:
                throw Transition("refunded");
        }
    }

    private void Refund(decimal amount)
    {
        if (amount <= 0m)
            return;
        if (amount > Refundable)
            throw new BusinessException(CommerceErrorCodes.Payments.RefundExceedsCaptured, BusinessErrorKind.Invalid).WithData("refundable", Refundable);
        RefundedAmount += amount;
        Status = RefundedAmount == CapturedAmount ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded;
    }

    private static void EnsurePositive(decimal amount)
    {
        if (amount <= 0m)
            throw new BusinessException(CommerceErrorCodes.Payments.InvalidAmount, BusinessErrorKind.Invalid).WithData("amount", amount);
    }

    private BusinessException Transition(string operation) =>
        new BusinessException(CommerceErrorCodes.Payments.InvalidPaymentTransition).WithData("status", Status).WithData("operation", operation);
}
