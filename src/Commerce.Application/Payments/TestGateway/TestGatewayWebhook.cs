using System.Text.Json;

namespace Commerce.Payments.TestGateway;

/// <summary>The test gateway's webhooks: JSON events signed like Stripe's, in a header of our own name.</summary>
public static class TestGatewayWebhook
{
    public const string SignatureHeader = "Commerce-Signature";
    public const string SecretSetting = "webhookSecret";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(TestGatewayEvent gatewayEvent) => JsonSerializer.Serialize(gatewayEvent, Json);

    /// <summary>Verifies the signature and timestamp first, then reads the event.</summary>
    public static PaymentWebhookEvent Read(IReadOnlyDictionary<string, string> secrets, string body, IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        var secret = secrets.GetValueOrDefault(SecretSetting)
            ?? throw new BusinessException(CommerceErrorCodes.Payments.InvalidWebhookSignature, BusinessErrorKind.Unauthenticated);
        WebhookSignature.Verify(headers.GetValueOrDefault(SignatureHeader), body, secret, now, TimeSpan.FromSeconds(PaymentConsts.WebhookToleranceSeconds));
        var gatewayEvent = Deserialize(body);
        var data = gatewayEvent.Data;
        PaymentProviderResult? result = gatewayEvent.Type switch
        {
            TestGatewayEventTypes.Authorized => Result(data, PaymentTransactionKind.Authorize, PaymentStatus.Authorized),
            TestGatewayEventTypes.Captured => Result(data, PaymentTransactionKind.Capture, PaymentStatus.Captured),
            TestGatewayEventTypes.Voided => Result(data, PaymentTransactionKind.Void, PaymentStatus.Voided),
            TestGatewayEventTypes.Refunded => Result(data, PaymentTransactionKind.Refund, PaymentStatus.PartiallyRefunded) with { ProviderReference = data.RefundId },
            TestGatewayEventTypes.Failed => Result(data, PaymentTransactionKind.Authorize, PaymentStatus.Failed) with
            {
                Succeeded = false, FailureCode = data.FailureCode ?? CommerceErrorCodes.Payments.ProcessingError,
            },
            _ => null,
        };
        return new PaymentWebhookEvent(gatewayEvent.Id, data.Reference, data.PaymentId, result);
    }

    private static TestGatewayEvent Deserialize(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<TestGatewayEvent>(body, Json)
                ?? throw new BusinessException(CommerceErrorCodes.Payments.InvalidWebhookPayload, BusinessErrorKind.Invalid);
        }
        catch (JsonException ex)
        {
            throw new BusinessException(CommerceErrorCodes.Payments.InvalidWebhookPayload, BusinessErrorKind.Invalid, ex);
        }
    }

    private static PaymentProviderResult Result(TestGatewayEventData data, PaymentTransactionKind kind, PaymentStatus status) =>
        new() { Kind = kind, Status = status, Amount = data.Amount, Succeeded = true, PaymentReference = data.Reference };
}
