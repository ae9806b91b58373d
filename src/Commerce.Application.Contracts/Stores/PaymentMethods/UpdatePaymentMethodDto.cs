namespace Commerce.Stores.PaymentMethods;

/// <summary>Refused with 409 when <see cref="Version"/> is stale. The provider of a method does not change.</summary>
public sealed record UpdatePaymentMethodDto : SavePaymentMethodDto
{
    public uint Version { get; init; }
}
