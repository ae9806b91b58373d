namespace Commerce.Ordering;

/// <summary>A change of an order's state; refused with 409 when the version is stale.</summary>
public record OrderVersionDto
{
    public uint Version { get; init; }
}
