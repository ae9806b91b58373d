namespace Commerce.ApplicationConfigurations;

/// <summary>What the backoffice needs at start-up, in one call: who, where, what they may do and what the plan includes.</summary>
public sealed record ApplicationConfigurationDto
{
    public required CurrentUserDto CurrentUser { get; init; }

    /// <summary>Null on the host (Center Control).</summary>
    public CurrentTenantDto? CurrentTenant { get; init; }

    public required IReadOnlyList<string> GrantedPermissions { get; init; }

    /// <summary>Every feature's value for the current tenant (the defaults on the host).</summary>
    public required IReadOnlyDictionary<string, string> Features { get; init; }

    /// <summary>The platform policies that apply to the current tenant (the platform's values on the host).</summary>
    public required IReadOnlyDictionary<string, string> Policies { get; init; }

    public required LocalizationDto Localization { get; init; }
}
