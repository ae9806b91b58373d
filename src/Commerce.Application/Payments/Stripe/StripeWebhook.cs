using Stripe;

namespace Commerce.Payments.Stripe;

/// <summary>Stripe's webhooks: verified by Stripe.net against the method's signing secret, then read.</summary>
internal static class StripeWebhook
{
    public static PaymentWebhookEvent Read(IReadOnlyDictionary<string, string> secrets, string body, IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        var header = headers.GetValueOrDefault(StripeSettings.SignatureHeader);

        // Parsed first only to answer a stale webhook with its own code; Stripe.net checks the timestamp again.
        var (timestamp, _) = WebhookSignature.Parse(header);
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > PaymentConsts.WebhookToleranceSeconds)
            throw new BusinessException(CommerceErrorCodes.Payments.WebhookTimestampExpired, BusinessErrorKind.Unauthenticated);
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(body, header, secrets.GetValueOrDefault(StripeSettings.WebhookSecret) ?? string.Empty,
                PaymentConsts.WebhookToleranceSeconds, now.ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            throw new BusinessException(CommerceErrorCodes.Payments.InvalidWebhookSignature, BusinessErrorKind.Unauthenticated, ex);
        }

        return stripeEvent.Data.Object switch
        {
            PaymentIntent intent => new PaymentWebhookEvent(stripeEvent.Id, intent.Id, PaymentId(intent.Metadata), FromIntentEvent(stripeEvent.Type, intent)),
            Charge charge when stripeEvent.Type == EventTypes.ChargeRefunded =>
                new PaymentWebhookEvent(stripeEvent.Id, charge.PaymentIntentId, PaymentId(charge.Metadata), FromRefundedCharge(charge)),
            _ => new PaymentWebhookEvent(stripeEvent.Id, null, null, null),
        };
    }

    private static PaymentProviderResult? FromIntentEvent(string type, PaymentIntent intent)
    {
        var result = new PaymentProviderResult
        {
            Kind = PaymentTransactionKind.Authorize, Status = PaymentStatus.Pending, Succeeded = true, PaymentReference = intent.Id,
            Amount = MinorUnits.FromMinor(intent.Amount, intent.Currency),
        };
        return type switch
        {
            EventTypes.PaymentIntentSucceeded => result with
            {
                Kind = PaymentTransactionKind.Capture, Status = PaymentStatus.Captured, Amount = MinorUnits.FromMinor(intent.AmountReceived, intent.Currency),
            },
            EventTypes.PaymentIntentAmountCapturableUpdated => result with
            {
                Status = PaymentStatus.Authorized, Amount = MinorUnits.FromMinor(intent.AmountCapturable, intent.Currency),
            },
            EventTypes.PaymentIntentPaymentFailed => result with
            {
                Status = PaymentStatus.Failed, Succeeded = false, FailureMessage = intent.LastPaymentError?.Message,
                FailureCode = intent.LastPaymentError?.Type == "card_error" ? CommerceErrorCodes.Payments.CardDeclined : CommerceErrorCodes.Payments.ProcessingError,
            },
            EventTypes.PaymentIntentCanceled => result with { Kind = PaymentTransactionKind.Void, Status = PaymentStatus.Voided },
            _ => null,
        };
    }

    /// <summary>charge.refunded carries the charge's running refunded total; the payment adds what it has not counted yet.</summary>
    private static PaymentProviderResult FromRefundedCharge(Charge charge)
    {
        var refunded = MinorUnits.FromMinor(charge.AmountRefunded, charge.Currency);
        return new PaymentProviderResult
        {
            Kind = PaymentTransactionKind.Refund, Status = charge.Refunded ? PaymentStatus.Refunded : PaymentStatus.PartiallyRefunded, Succeeded = true,
            Amount = refunded, RefundedTotal = refunded, PaymentReference = charge.PaymentIntentId,
        };
    }

    private static Guid? PaymentId(Dictionary<string, string>? metadata) =>
        Guid.TryParse(metadata?.GetValueOrDefault(StripeSettings.PaymentIdMetadata), out var id) ? id : null;
}
