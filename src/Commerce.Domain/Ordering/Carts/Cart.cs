using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Ordering.Carts;

/// <summary>
/// A shopper's cart in one store, owned by a visitor (the hash of the random token the storefront keeps in a cookie)
/// or by a signed-in customer. Quantities are checked against available stock by <see cref="CartManager"/>.
/// </summary>
public sealed class Cart : AggregateRoot, IMultiTenant
{
    private readonly List<CartLine> lines = [];

    private Cart()
    {
    }

    internal Cart(Guid id, Guid storeId, Guid? customerId, string? visitorTokenHash, DateTimeOffset now)
        : base(id)
    {
        StoreId = storeId;
        CustomerId = customerId;
        VisitorTokenHash = visitorTokenHash;
        UpdatedAt = now;
    }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public string? VisitorTokenHash { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<CartLine> Lines => lines;

    public int QuantityOf(Guid variantId) => lines.Find(l => l.VariantId == variantId)?.Quantity ?? 0;

    /// <summary>Sets a line's quantity (zero removes it); the quantity arrives checked.</summary>
    internal void SetQuantity(Guid variantId, int quantity, DateTimeOffset now)
    {
        var line = lines.Find(l => l.VariantId == variantId);
        if (quantity <= 0)
        {
            if (line is not null)
                lines.Remove(line);
        }
        else if (line is null)
        {
            if (lines.Count >= OrderingConsts.MaxLines)
                throw new BusinessException(CommerceErrorCodes.Ordering.TooManyLines, BusinessErrorKind.Invalid).WithData("max", OrderingConsts.MaxLines);
            lines.Add(new CartLine(variantId, quantity, now));
        }
        else
        {
            line.ChangeQuantity(quantity);
        }

        UpdatedAt = now;
    }

    public void Clear(DateTimeOffset now)
    {
        lines.Clear();
        UpdatedAt = now;
    }
}
