namespace Commerce.Payments.TestGateway;

/// <summary>A pending test gateway payment to confirm, and its tenant (the job runs as that tenant).</summary>
public sealed record ConfirmTestGatewayPaymentArgs(
    Guid TenantId, Guid PaymentMethodId, Guid PaymentId, string Reference, decimal Amount, string Currency, bool Capture);
