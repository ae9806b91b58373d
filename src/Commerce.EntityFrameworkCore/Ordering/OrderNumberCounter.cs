namespace Commerce.EntityFrameworkCore.Ordering;

/// <summary>The tenant's next order number; only ever changed by <see cref="OrderRepository.NextNumberAsync"/>'s one statement.</summary>
internal sealed class OrderNumberCounter
{
    public Guid TenantId { get; set; }

    public long NextValue { get; set; }
}
