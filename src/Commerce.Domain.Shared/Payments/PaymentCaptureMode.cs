namespace Commerce.Payments;

/// <summary>The values of a card provider's "captureMode" setting: capture at checkout, or authorize and let staff capture.</summary>
public static class PaymentCaptureMode
{
    public const string SettingName = "captureMode";
    public const string Automatic = "automatic";
    public const string Manual = "manual";
}
