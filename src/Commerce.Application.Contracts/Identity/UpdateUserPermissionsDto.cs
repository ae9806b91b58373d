namespace Commerce.Identity;

public sealed record UpdateUserPermissionsDto
{
    /// <summary>The permissions granted to this member directly, on top of their roles'; replaces the previous list.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];
}
