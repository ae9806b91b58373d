namespace Commerce.Ordering.Carts;

/// <summary>A variant in a cart and how many; the price is read when the cart is shown, never stored.</summary>
public sealed class CartLine
{
    private CartLine()
    {
    }

    internal CartLine(Guid variantId, int quantity, DateTimeOffset addedAt)
    {
        VariantId = variantId;
        Quantity = quantity;
        AddedAt = addedAt;
    }

    public Guid VariantId { get; private set; }

    public int Quantity { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal void ChangeQuantity(int quantity) => Quantity = quantity;
}
