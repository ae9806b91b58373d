namespace Commerce.Stores.PaymentMethods;

/// <summary>A provider a store could configure, and whether the platform policy lets this tenant enable it.</summary>
public sealed record PaymentProviderDto
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public bool IsAllowed { get; init; }

    public required IReadOnlyList<PaymentSettingDefinitionDto> Settings { get; init; }
}
