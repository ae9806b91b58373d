namespace Commerce.EntityFrameworkCore.MultiTenancy;

/// <summary>The audit record of one cross-tenant read.</summary>
internal sealed class CrossTenantAccess
{
    public Guid Id { get; init; }

    public Guid? UserId { get; init; }

    public required string EntityName { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset OccurredAt { get; init; }
}
