namespace Commerce.Stores.PaymentMethods;

/// <summary>A payment provider the platform knows and the settings a store fills in to use it.</summary>
public sealed record PaymentProviderDefinition(string Name, string DisplayName, IReadOnlyList<PaymentSettingDefinition> Settings);
