namespace Commerce.Identity;

public sealed record RoleDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The owner and staff roles every store has: they cannot be renamed or deleted (owner's permissions are fixed).</summary>
    public bool IsStatic { get; init; }

    public IReadOnlyList<string> Permissions { get; init; } = [];

    public required string ConcurrencyStamp { get; init; }
}
