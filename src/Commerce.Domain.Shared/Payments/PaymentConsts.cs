namespace Commerce.Payments;

public static class PaymentConsts
{
    public const int ProviderMaxLength = 32;
    public const int CurrencyLength = 3;

    /// <summary>Provider ids (Stripe's PaymentIntent, refund and event ids) are at most 255 characters.</summary>
    public const int ProviderReferenceMaxLength = 255;

    public const int FailureCodeMaxLength = 128;
    public const int FailureMessageMaxLength = 512;
    public const int CardBrandMaxLength = 16;
    public const int CardLast4Length = 4;

    /// <summary>Money columns are numeric(18,4), like the catalog's prices.</summary>
    public const int MoneyPrecision = 18;
    public const int MoneyScale = 4;

    /// <summary>A webhook signed longer ago than this is refused, so a captured request cannot be replayed later.</summary>
    public const int WebhookToleranceSeconds = 300;

    /// <summary>How long the test gateway "processes" a card that needs asynchronous confirmation.</summary>
    public const int TestGatewayConfirmationDelaySeconds = 3;
}
