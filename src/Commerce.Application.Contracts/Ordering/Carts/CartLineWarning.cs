namespace Commerce.Ordering.Carts;

/// <summary>Why a cart line cannot be bought as it is.</summary>
public enum CartLineWarning
{
    None,

    /// <summary>Fewer units are available than the line holds.</summary>
    NotEnoughStock,

    /// <summary>Sold out.</summary>
    OutOfStock,

    /// <summary>The product was unpublished, archived or deleted.</summary>
    NoLongerSold,
}
