namespace Commerce.Stores.ShippingMethods;

/// <summary>Refused with 409 when <see cref="Version"/> is stale. The type of a method does not change.</summary>
public sealed record UpdateShippingMethodDto : SaveShippingMethodDto
{
    public uint Version { get; init; }
}
