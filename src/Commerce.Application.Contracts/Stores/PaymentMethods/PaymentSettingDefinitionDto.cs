namespace Commerce.Stores.PaymentMethods;

public sealed record PaymentSettingDefinitionDto
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required bool IsSecret { get; init; }

    public required bool IsRequired { get; init; }
}
