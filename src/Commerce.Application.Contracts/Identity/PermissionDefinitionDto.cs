namespace Commerce.Identity;

public sealed record PermissionDefinitionDto
{
    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required string Group { get; init; }

    /// <summary>False when the tenant's plan lacks the feature the permission needs: granting it has no effect.</summary>
    public bool IsAvailable { get; init; }
}
