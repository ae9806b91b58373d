using Stripe;

namespace Commerce.Payments.Stripe;

/// <summary>Stripe's objects and errors as the results a payment applies.</summary>
internal static class StripeResults
{
    /// <summary>A PaymentIntent's state: succeeded is captured, requires_capture authorized, canceled voided, the rest pending.</summary>
    public static PaymentProviderResult FromIntent(PaymentIntent intent, string currency)
    {
        var result = new PaymentProviderResult
        {
            Kind = PaymentTransactionKind.Authorize, Status = PaymentStatus.Pending, Succeeded = true, PaymentReference = intent.Id,
            Amount = MinorUnits.FromMinor(intent.Amount, currency),
        };
        return intent.Status switch
        {
            "succeeded" => result with { Kind = PaymentTransactionKind.Capture, Status = PaymentStatus.Captured, Amount = MinorUnits.FromMinor(intent.AmountReceived, currency) },
            "requires_capture" => result with { Status = PaymentStatus.Authorized, Amount = MinorUnits.FromMinor(intent.AmountCapturable, currency) },
            "canceled" => result with { Kind = PaymentTransactionKind.Void, Status = PaymentStatus.Voided },
            _ => result with { NextActionUrl = intent.NextAction?.RedirectToUrl?.Url, ClientSecret = intent.ClientSecret },
        };
    }

    /// <summary>A refused call: a card error is a decline the customer can act on, anything else a processing error.</summary>
    public static PaymentProviderResult Failed(StripeException ex, PaymentTransactionKind kind, decimal amount, string? paymentReference) => new()
    {
        Kind = kind, Status = PaymentStatus.Failed, Succeeded = false, Amount = amount,
        PaymentReference = ex.StripeError?.PaymentIntent?.Id ?? paymentReference,
        FailureCode = ex.StripeError?.Type == "card_error" ? CommerceErrorCodes.Payments.CardDeclined : CommerceErrorCodes.Payments.ProcessingError,
        FailureMessage = ex.StripeError?.Message ?? ex.Message,
    };

    /// <summary>A call that needs the intent's id when none was saved: refused, and the payment stays as it is.</summary>
    public static PaymentProviderResult UnknownIntent(PaymentTransactionKind kind, Payment payment) => new()
    {
        Kind = kind, Status = payment.Status, Succeeded = false, Amount = payment.Amount,
        FailureCode = CommerceErrorCodes.Payments.ProcessingError, FailureMessage = "The payment has no PaymentIntent id yet; its webhook settles it.",
    };

    public static PaymentProviderResult FromRefund(Refund refund, Payment payment, decimal amount) => refund.Status is "succeeded" or "pending"
        ? new()
        {
            Kind = PaymentTransactionKind.Refund, Status = payment.StatusAfterRefund(amount), Succeeded = true, Amount = amount, ProviderReference = refund.Id,
        }
        : new()
        {
            Kind = PaymentTransactionKind.Refund, Status = payment.Status, Succeeded = false, Amount = amount, ProviderReference = refund.Id,
            FailureCode = CommerceErrorCodes.Payments.ProcessingError, FailureMessage = refund.FailureReason,
        };
}
