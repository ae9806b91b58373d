namespace Commerce;

public static partial class CommerceErrorCodes
{
    public static class Payments
    {
        public const string InvalidCard = "Commerce:Payments:InvalidCard";
        public const string CardDeclined = "Commerce:Payments:CardDeclined";
        public const string ProcessingError = "Commerce:Payments:ProcessingError";
        public const string InvalidAmount = "Commerce:Payments:InvalidAmount";
        public const string CaptureExceedsAuthorized = "Commerce:Payments:CaptureExceedsAuthorized";
        public const string RefundExceedsCaptured = "Commerce:Payments:RefundExceedsCaptured";
        public const string InvalidPaymentTransition = "Commerce:Payments:InvalidPaymentTransition";
        public const string WebhookSignatureMissing = "Commerce:Payments:WebhookSignatureMissing";
        public const string InvalidWebhookSignature = "Commerce:Payments:InvalidWebhookSignature";
        public const string WebhookTimestampExpired = "Commerce:Payments:WebhookTimestampExpired";
        public const string InvalidWebhookPayload = "Commerce:Payments:InvalidWebhookPayload";
        public const string DuplicateWebhookEvent = "Commerce:Payments:DuplicateWebhookEvent";
    }
}
