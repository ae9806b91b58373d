namespace Commerce;

/// <summary>
/// The names of the features a plan (edition) sets and a tenant can override; each module adds its own in a
/// partial file. The definitions (type, default, group) are in Commerce.Features.CommerceFeatureDefinitions.
/// </summary>
public static partial class CommerceFeatures;
