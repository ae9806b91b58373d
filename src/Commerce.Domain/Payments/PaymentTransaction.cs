using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Payments;

/// <summary>One exchange with the provider, successful or not: every call and every webhook leaves one.</summary>
public sealed class PaymentTransaction : Entity, IMultiTenant
{
    private PaymentTransaction()
    {
    }

    internal PaymentTransaction(Guid id, Guid paymentId, int sequence, PaymentProviderResult result, DateTimeOffset occurredAt)
        : base(id)
    {
        PaymentId = paymentId;
        Sequence = sequence;
        Kind = result.Kind;
        Succeeded = result.Succeeded;
        Amount = result.Amount;
        ProviderReference = Truncate(result.ProviderReference ?? result.PaymentReference, PaymentConsts.ProviderReferenceMaxLength);
        FailureCode = Truncate(result.FailureCode, PaymentConsts.FailureCodeMaxLength);
        FailureMessage = Truncate(result.FailureMessage, PaymentConsts.FailureMessageMaxLength);
        EventId = Truncate(result.EventId, PaymentConsts.ProviderReferenceMaxLength);
        UserId = result.UserId;
        OccurredAt = occurredAt;
    }

    public Guid TenantId { get; private set; }

    public Guid PaymentId { get; private set; }

    /// <summary>1 for the payment's first transaction, and so on: the order they happened in, whatever the clock says.</summary>
    public int Sequence { get; private set; }

    public PaymentTransactionKind Kind { get; private set; }

    public bool Succeeded { get; private set; }

    public decimal Amount { get; private set; }

    public string? ProviderReference { get; private set; }

    public string? FailureCode { get; private set; }

    public string? FailureMessage { get; private set; }

    /// <summary>The provider's webhook event id, when a webhook reported it.</summary>
    public string? EventId { get; private set; }

    /// <summary>Who asked for it (staff capturing a manual payment); null for checkout and webhooks.</summary>
    public Guid? UserId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    // Provider texts are not ours to bound, and a transaction must be recorded whatever the provider said.
    private static string? Truncate(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength];
}
