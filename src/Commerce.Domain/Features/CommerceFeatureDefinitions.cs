using System.Collections.Frozen;

namespace Commerce.Features;

/// <summary>Every feature the platform knows, in display order. A plan that sets nothing gets the defaults: a small free shop.</summary>
public static class CommerceFeatureDefinitions
{
    public static IReadOnlyList<FeatureDefinition> All { get; } =
    [
        new(CommerceFeatures.Catalog.MaxProductCount, "Products", "Catalog", FeatureValueType.Number, "25"),
        new(CommerceFeatures.Identity.MaxStaffCount, "Staff accounts", "Team", FeatureValueType.Number, "1"),
        new(CommerceFeatures.Stores.MaxStoreCount, "Stores", "Stores", FeatureValueType.Number, "1"),
        new(CommerceFeatures.Stores.MultiStore, "Multi-store", "Stores", FeatureValueType.Toggle, "false"),
        new(CommerceFeatures.Integrations.Enabled, "Integrations", "Channels", FeatureValueType.Toggle, "false"),
        new(CommerceFeatures.Integrations.MaxIntegrationCount, "Connected channels", "Channels", FeatureValueType.Number, "0"),
        new(CommerceFeatures.Promotions.Advanced, "Advanced promotions", "Marketing", FeatureValueType.Toggle, "false"),
        new(CommerceFeatures.Loyalty.Enabled, "Loyalty", "Marketing", FeatureValueType.Toggle, "false"),
        new(CommerceFeatures.Pos.Enabled, "Point of sale", "Channels", FeatureValueType.Toggle, "false"),
        new(CommerceFeatures.Analytics.Advanced, "Advanced analytics", "Analytics", FeatureValueType.Toggle, "false"),
    ];

    private static readonly FrozenDictionary<string, FeatureDefinition> ByName = All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static FeatureDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The definition, or <see cref="CommerceErrorCodes.Features.UnknownFeature"/> (400).</summary>
    public static FeatureDefinition Get(string name) =>
        Find(name) ?? throw new BusinessException(CommerceErrorCodes.Features.UnknownFeature, BusinessErrorKind.Invalid).WithData("feature", name);
}
