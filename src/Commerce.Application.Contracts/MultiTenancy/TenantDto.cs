namespace Commerce.MultiTenancy;

public sealed record TenantDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public TenantStatus Status { get; init; }

    public string? SuspensionReason { get; init; }

    /// <summary>The tenant's plan; null gets every feature's default.</summary>
    public Guid? EditionId { get; init; }

    public DateTimeOffset CreationTime { get; init; }

    /// <summary>Send it back with an update; a stale version is refused with 409.</summary>
    public uint Version { get; init; }
}
