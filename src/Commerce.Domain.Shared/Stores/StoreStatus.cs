namespace Commerce.Stores;

/// <summary>A closed store's storefront shows "store unavailable"; its settings and catalog stay editable.</summary>
public enum StoreStatus
{
    Open,
    Closed,
}
