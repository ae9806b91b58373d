namespace Commerce.Stores.PaymentMethods;

/// <summary>
/// One setting of a provider; a secret one is stored encrypted and never shown again. A generated one is made by the
/// platform when the method has none (the test gateway's webhook secret).
/// </summary>
public sealed record PaymentSettingDefinition(string Name, string DisplayName, bool IsSecret, bool IsRequired, bool IsGenerated = false);
