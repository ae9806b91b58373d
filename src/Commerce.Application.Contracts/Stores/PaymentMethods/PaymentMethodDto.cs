namespace Commerce.Stores.PaymentMethods;

/// <summary>A store's payment method; secret settings are never returned, only which of them are set.</summary>
public sealed record PaymentMethodDto
{
    public required Guid Id { get; init; }

    public required Guid StoreId { get; init; }

    public required string Provider { get; init; }

    public required string DisplayName { get; init; }

    public string? Instructions { get; init; }

    public required bool IsEnabled { get; init; }

    public required int Position { get; init; }

    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    public IReadOnlyList<string> SecretsSet { get; init; } = [];

    public required uint Version { get; init; }
}
