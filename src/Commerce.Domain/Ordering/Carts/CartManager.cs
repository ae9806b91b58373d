using Commerce.Domain.Repositories;
using Commerce.Guids;
using Commerce.Inventory;

namespace Commerce.Ordering.Carts;

/// <summary>Makes carts and keeps every quantity within 1–MaxLineQuantity and what is available (on hand − reserved).</summary>
public sealed class CartManager(IStockItemRepository stock, IAsyncQueryExecutor executor, IGuidGenerator guids, TimeProvider clock)
{
    public Cart Create(Guid storeId, Guid? customerId, string? visitorTokenHash) =>
        new(guids.Create(), storeId, customerId, visitorTokenHash, clock.GetUtcNow());

    /// <summary>Sets a line's quantity; zero removes it; more than available fails with InsufficientStock.</summary>
    public async Task SetQuantityAsync(Cart cart, Guid variantId, int quantity, CancellationToken ct)
    {
        if (quantity is < 0 or > OrderingConsts.MaxLineQuantity)
            throw new BusinessException(CommerceErrorCodes.Ordering.InvalidQuantity, BusinessErrorKind.Invalid).WithData("max", OrderingConsts.MaxLineQuantity);
        if (quantity > 0)
        {
            var available = await AvailableAsync(variantId, ct);
            if (quantity > available)
                throw new BusinessException(CommerceErrorCodes.Ordering.InsufficientStock).WithData("available", available);
        }

        cart.SetQuantity(variantId, quantity, clock.GetUtcNow());
    }

    /// <summary>The customer's cart absorbs the visitor's: quantities are summed, capped by availability and the line limit.</summary>
    public async Task MergeAsync(Cart into, Cart from, CancellationToken ct)
    {
        foreach (var line in from.Lines)
        {
            var wanted = Math.Min(into.QuantityOf(line.VariantId) + line.Quantity, OrderingConsts.MaxLineQuantity);
            var quantity = Math.Min(wanted, await AvailableAsync(line.VariantId, ct));
            if (quantity > 0 && (into.QuantityOf(line.VariantId) > 0 || into.Lines.Count < OrderingConsts.MaxLines))
                into.SetQuantity(line.VariantId, quantity, clock.GetUtcNow());
        }

        from.Clear(clock.GetUtcNow());
    }

    /// <summary>On hand − reserved; a variant without a stock row has none.</summary>
    private async Task<int> AvailableAsync(Guid variantId, CancellationToken ct) =>
        await executor.FirstOrDefaultAsync(stock.Query().Where(i => i.VariantId == variantId).Select(i => (int?)(i.OnHand - i.Reserved)), ct) ?? 0;
}
