namespace Commerce.Stores.ShippingMethods;

public sealed record CreateShippingMethodDto : SaveShippingMethodDto
{
    public ShippingMethodType Type { get; init; }
}
