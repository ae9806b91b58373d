namespace Commerce.Features;

/// <summary>One feature as a tenant gets it, and where the value comes from.</summary>
public sealed record TenantFeatureDto
{
    public required FeatureDefinitionDto Definition { get; init; }

    /// <summary>What the tenant's edition gives (the edition's value, else the default).</summary>
    public required string EditionValue { get; init; }

    /// <summary>The platform's override for this tenant, if any.</summary>
    public string? OverrideValue { get; init; }

    /// <summary>What the tenant gets.</summary>
    public required string Value { get; init; }
}
