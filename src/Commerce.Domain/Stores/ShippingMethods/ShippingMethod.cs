using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Stores.ShippingMethods;

/// <summary>
/// A way a store ships: how it is priced (its type and rates) and where it goes. Checkout asks every enabled method
/// of the store for a quote and offers those that answer.
/// </summary>
public sealed class ShippingMethod : FullAuditedAggregateRoot, IMultiTenant
{
    private readonly List<WeightRate> weightRates = [];
    private readonly List<ShippingDestination> destinations = [];

    private ShippingMethod()
    {
        Name = string.Empty;
    }

    internal ShippingMethod(Guid id, Guid storeId, ShippingMethodType type, string name)
        : this()
    {
        Id = id;
        StoreId = storeId;
        Type = type;
        Rename(name, null);
        IsEnabled = true;
    }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    public ShippingMethodType Type { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public bool IsEnabled { get; private set; }

    /// <summary>The price of a flat-rate or local-pickup method.</summary>
    public decimal Price { get; private set; }

    /// <summary>For free-above: the order value from which shipping is free.</summary>
    public decimal? FreeAboveAmount { get; private set; }

    /// <summary>For weight-based: brackets by the order's weight in grams, ascending.</summary>
    public IReadOnlyList<WeightRate> WeightRates => weightRates;

    /// <summary>The countries (and regions) it serves; none means everywhere.</summary>
    public IReadOnlyList<ShippingDestination> Destinations => destinations;

    public void Rename(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, ShippingMethodConsts.NameMaxLength, nameof(name));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description?.Trim().Length ?? 0, ShippingMethodConsts.DescriptionMaxLength, nameof(description));
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public void Enable() => IsEnabled = true;

    public void Disable() => IsEnabled = false;

    /// <summary>Sets the pricing its type needs; values its type does not use must be absent.</summary>
    public void ChangeRates(decimal price, decimal? freeAboveAmount, IEnumerable<WeightRate> rates)
    {
        var brackets = rates.OrderBy(r => r.UpToGrams).ToList();
        var valid = price >= 0 && Type switch
        {
            ShippingMethodType.FlatRate or ShippingMethodType.LocalPickup => freeAboveAmount is null && brackets.Count == 0,
            ShippingMethodType.FreeAbove => freeAboveAmount >= 0 && price == 0 && brackets.Count == 0,
            ShippingMethodType.WeightBased => freeAboveAmount is null && price == 0 && brackets.Count is > 0 and <= ShippingMethodConsts.MaxWeightRates
                && brackets.Select(r => r.UpToGrams).Distinct().Count() == brackets.Count,
            _ => false,
        };
        if (!valid)
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidShippingRates, BusinessErrorKind.Invalid).WithData("type", Type);
        Price = price;
        FreeAboveAmount = freeAboveAmount;
        weightRates.Clear();
        weightRates.AddRange(brackets);
    }

    public void ChangeDestinations(IEnumerable<ShippingDestination> serves)
    {
        var list = serves.ToList();
        if (list.Count > ShippingMethodConsts.MaxDestinations
            || list.Select(d => d.CountryCode).Distinct(StringComparer.Ordinal).Count() != list.Count)
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidDestination, BusinessErrorKind.Invalid).WithData("destinations", list.Count);
        destinations.Clear();
        destinations.AddRange(list);
    }

    /// <summary>What this method costs for an order, or null when it does not apply (disabled, destination, value, weight).</summary>
    public decimal? Quote(decimal orderValue, int weightGrams, string countryCode, string? regionCode)
    {
        if (!IsEnabled || !Serves(countryCode, regionCode))
            return null;
        return Type switch
        {
            ShippingMethodType.FreeAbove => orderValue >= FreeAboveAmount ? 0m : null,
            ShippingMethodType.WeightBased => weightRates.FirstOrDefault(r => weightGrams <= r.UpToGrams)?.Price,
            _ => Price,
        };
    }

    private bool Serves(string countryCode, string? regionCode) =>
        Type == ShippingMethodType.LocalPickup || destinations.Count == 0 || destinations.Exists(d => d.Covers(countryCode, regionCode));
}
