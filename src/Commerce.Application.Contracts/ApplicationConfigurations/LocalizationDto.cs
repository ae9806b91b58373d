namespace Commerce.ApplicationConfigurations;

/// <summary>The language the backoffice speaks and the server's messages by code, to show errors in that language.</summary>
public sealed record LocalizationDto
{
    public required string CurrentCulture { get; init; }

    public required IReadOnlyDictionary<string, string> Texts { get; init; }
}
