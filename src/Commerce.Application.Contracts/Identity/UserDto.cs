namespace Commerce.Identity;

public sealed record UserDto
{
    public Guid Id { get; init; }

    public required string Email { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    public bool IsActive { get; init; }

    /// <summary>False until an invited member has set a password through the invitation.</summary>
    public bool EmailConfirmed { get; init; }

    public DateTimeOffset? LockoutEnd { get; init; }

    /// <summary>Send it back with an update; a stale one is refused with 409.</summary>
    public required string ConcurrencyStamp { get; init; }
}
