using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments;

/// <summary>What a provider call needs: the payment, its method, the method's decrypted secrets, and who asks.</summary>
public sealed record PaymentProviderContext(Payment Payment, PaymentMethod Method, IReadOnlyDictionary<string, string> Secrets, Guid? UserId)
{
    /// <summary>Whether the method captures at checkout (the default) or leaves the authorization for staff to capture.</summary>
    public bool CapturesAtOnce =>
        !string.Equals(Method.Settings.GetValueOrDefault(PaymentCaptureMode.SettingName), PaymentCaptureMode.Manual, StringComparison.OrdinalIgnoreCase);
}
