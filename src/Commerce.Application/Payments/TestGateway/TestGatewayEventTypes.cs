namespace Commerce.Payments.TestGateway;

public static class TestGatewayEventTypes
{
    public const string Authorized = "payment.authorized";
    public const string Captured = "payment.captured";
    public const string Failed = "payment.failed";
    public const string Voided = "payment.voided";
    public const string Refunded = "payment.refunded";
}
