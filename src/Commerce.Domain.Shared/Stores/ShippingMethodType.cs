namespace Commerce.Stores;

/// <summary>How a shipping method is priced; the platform policy's values are the kebab-case names.</summary>
public enum ShippingMethodType
{
    /// <summary>One price per order.</summary>
    FlatRate,

    /// <summary>A price per weight bracket of the order.</summary>
    WeightBased,

    /// <summary>Free from an order value up; not offered below it.</summary>
    FreeAbove,

    /// <summary>The customer collects the order at the store's address.</summary>
    LocalPickup,
}
