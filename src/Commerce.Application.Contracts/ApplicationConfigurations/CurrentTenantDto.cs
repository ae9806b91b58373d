using Commerce.MultiTenancy;

namespace Commerce.ApplicationConfigurations;

public sealed record CurrentTenantDto
{
    public Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public TenantStatus Status { get; init; }

    public Guid? EditionId { get; init; }

    public string? EditionName { get; init; }
}
