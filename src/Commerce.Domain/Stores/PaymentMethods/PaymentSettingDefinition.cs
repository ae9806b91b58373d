namespace Commerce.Stores.PaymentMethods;

/// <summary>One setting of a provider; a secret one is stored encrypted and never shown again.</summary>
public sealed record PaymentSettingDefinition(string Name, string DisplayName, bool IsSecret, bool IsRequired);
