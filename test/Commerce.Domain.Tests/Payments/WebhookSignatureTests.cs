namespace Commerce.Payments;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(PaymentConsts.WebhookToleranceSeconds);

    [Fact]
    public void A_signature_made_with_the_secret_within_the_tolerance_verifies()
    {
        var header = WebhookSignature.Sign("whsec_a", Now.AddMinutes(-4), "{}");

        WebhookSignature.Verify(header, "{}", "whsec_a", Now, Tolerance);
    }

    [Theory]
    [InlineData(null, CommerceErrorCodes.Payments.WebhookSignatureMissing)]
    [InlineData("v1=abc", CommerceErrorCodes.Payments.WebhookSignatureMissing)]
    [InlineData("t=1700000000", CommerceErrorCodes.Payments.WebhookSignatureMissing)]
    public void A_missing_or_malformed_header_is_refused(string? header, string code)
    {
        Should.Throw<BusinessException>(() => WebhookSignature.Verify(header, "{}", "whsec_a", Now, Tolerance)).Code.ShouldBe(code);
    }

    [Fact]
    public void Another_secret_or_a_changed_body_is_refused_with_InvalidWebhookSignature()
    {
        var header = WebhookSignature.Sign("whsec_a", Now, "{}");

        Should.Throw<BusinessException>(() => WebhookSignature.Verify(header, "{}", "whsec_b", Now, Tolerance))
            .Code.ShouldBe(CommerceErrorCodes.Payments.InvalidWebhookSignature);
        Should.Throw<BusinessException>(() => WebhookSignature.Verify(header, "{ }", "whsec_a", Now, Tolerance))
            .Code.ShouldBe(CommerceErrorCodes.Payments.InvalidWebhookSignature);
    }

    [Fact]
    public void A_signature_older_than_five_minutes_is_refused_with_WebhookTimestampExpired()
    {
        var header = WebhookSignature.Sign("whsec_a", Now.AddSeconds(-301), "{}");

        Should.Throw<BusinessException>(() => WebhookSignature.Verify(header, "{}", "whsec_a", Now, Tolerance))
            .Code.ShouldBe(CommerceErrorCodes.Payments.WebhookTimestampExpired);
    }
}
