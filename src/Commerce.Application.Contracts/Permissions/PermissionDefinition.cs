namespace Commerce.Permissions;

/// <summary>A permission: its name, how it reads, its group, where it applies, and the feature the plan must include.</summary>
public sealed record PermissionDefinition(string Name, string DisplayName, string Group, PermissionSide Side, string? RequiredFeature = null);
