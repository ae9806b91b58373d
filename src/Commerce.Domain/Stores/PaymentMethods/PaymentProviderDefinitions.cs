using System.Collections.Frozen;
using Commerce.Payments;

namespace Commerce.Stores.PaymentMethods;

/// <summary>The providers a store can configure; the platform policy decides which of them tenants may enable.</summary>
public static class PaymentProviderDefinitions
{
    public const string Manual = "manual";
    public const string TestGateway = "test-gateway";
    public const string Stripe = "stripe";

    public static IReadOnlyList<PaymentProviderDefinition> All { get; } =
    [
        new(Manual, "Manual (bank transfer, cash on delivery)", []),
        new(TestGateway, "Test gateway",
        [
            new(PaymentCaptureMode.SettingName, "Capture mode (automatic or manual)", IsSecret: false, IsRequired: false),
            new("webhookSecret", "Webhook signing secret", IsSecret: true, IsRequired: false, IsGenerated: true),
        ]),
        new(Stripe, "Stripe",
        [
            new("publishableKey", "Publishable key", IsSecret: false, IsRequired: true),
            new("secretKey", "Secret key", IsSecret: true, IsRequired: true),
            new("webhookSecret", "Webhook signing secret", IsSecret: true, IsRequired: true),
            new(PaymentCaptureMode.SettingName, "Capture mode (automatic or manual)", IsSecret: false, IsRequired: false),
        ]),
    ];

    private static readonly FrozenDictionary<string, PaymentProviderDefinition> ByName = All.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    public static PaymentProviderDefinition Get(string name) =>
        ByName.GetValueOrDefault(name)
        ?? throw new BusinessException(CommerceErrorCodes.Stores.UnknownPaymentProvider, BusinessErrorKind.Invalid).WithData("provider", name);
}
