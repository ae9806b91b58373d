using Riok.Mapperly.Abstractions;

namespace Commerce.Stores.ShippingMethods;

[Mapper]
internal static partial class ShippingMethodMapper
{
    [MapperIgnoreSource(nameof(ShippingMethod.DomainEvents))]
    [MapperIgnoreSource(nameof(ShippingMethod.TenantId))]
    [MapperIgnoreSource(nameof(ShippingMethod.CreationTime))]
    [MapperIgnoreSource(nameof(ShippingMethod.CreatorId))]
    [MapperIgnoreSource(nameof(ShippingMethod.LastModificationTime))]
    [MapperIgnoreSource(nameof(ShippingMethod.LastModifierId))]
    [MapperIgnoreSource(nameof(ShippingMethod.IsDeleted))]
    [MapperIgnoreSource(nameof(ShippingMethod.DeletionTime))]
    [MapperIgnoreSource(nameof(ShippingMethod.DeleterId))]
    public static partial ShippingMethodDto ToDto(ShippingMethod method);

    public static IEnumerable<WeightRate> ToRates(IEnumerable<WeightRateDto> rates) => rates.Select(r => new WeightRate(r.UpToGrams, r.Price));

    public static IEnumerable<ShippingDestination> ToDestinations(IEnumerable<ShippingDestinationDto> destinations) =>
        destinations.Select(d => new ShippingDestination(d.CountryCode, d.RegionCodes));
}
