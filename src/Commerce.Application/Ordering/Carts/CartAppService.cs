using Commerce.Customers;
using Commerce.Domain.Repositories;
using Commerce.Stores;

namespace Commerce.Ordering.Carts;

/// <summary>The shopper's cart: reached only through its owner (customer) or its token, in a store of the current tenant.</summary>
internal sealed class CartAppService(
    IStoreRepository stores, CartOwnership ownership, CartManager manager, CartView view, ICurrentCustomer customer, IUnitOfWork unitOfWork)
    : ICartAppService
{
    public async Task<CartDto> GetAsync(Guid storeId, string? visitorToken, CancellationToken ct)
    {
        var store = await stores.GetAsync(storeId, ct);
        return await view.ToDtoAsync(store, await ownership.FindAsync(storeId, visitorToken, ct), null, ct);
    }

    public async Task<CartDto> AddAsync(Guid storeId, string? visitorToken, SetCartLineDto input, CancellationToken ct)
    {
        var store = await stores.GetAsync(storeId, ct);
        var (cart, token) = await ownership.GetOrCreateAsync(storeId, visitorToken, ct);
        await manager.SetQuantityAsync(cart, input.VariantId, Math.Max(1, cart.QuantityOf(input.VariantId) + input.Quantity), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await view.ToDtoAsync(store, cart, token, ct);
    }

    public async Task<CartDto> SetQuantityAsync(Guid storeId, string? visitorToken, SetCartLineDto input, CancellationToken ct)
    {
        var store = await stores.GetAsync(storeId, ct);
        var (cart, token) = await ownership.GetOrCreateAsync(storeId, visitorToken, ct);
        await manager.SetQuantityAsync(cart, input.VariantId, input.Quantity, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await view.ToDtoAsync(store, cart, token, ct);
    }

    public async Task<CartDto> MergeAsync(Guid storeId, string visitorToken, CancellationToken ct)
    {
        var store = await stores.GetAsync(storeId, ct);
        if (customer.Id is null)
            throw new BusinessException(CommerceErrorCodes.Unauthorized, BusinessErrorKind.Unauthenticated);
        var (cart, _) = await ownership.GetOrCreateAsync(storeId, null, ct);
        if (await ownership.FindVisitorCartAsync(storeId, visitorToken, ct) is { } visitorCart)
            await manager.MergeAsync(cart, visitorCart, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await view.ToDtoAsync(store, cart, null, ct);
    }
}
