using System.Security.Cryptography;
using Commerce.Guids;

namespace Commerce.Ordering;

/// <summary>Creates orders with their per-tenant number, and the random visitor tokens that open carts.</summary>
public sealed class OrderManager(IOrderRepository orders, IGuidGenerator guids, TimeProvider clock)
{
    /// <summary>A new, unsaved order with the tenant's next number; call inside the checkout's transaction.</summary>
    public async Task<Order> CreateAsync(Guid id, OrderDraft draft, CancellationToken ct)
    {
        if (draft.Lines.Count == 0)
            throw new BusinessException(CommerceErrorCodes.Ordering.EmptyCart, BusinessErrorKind.Invalid);
        var number = await orders.NextNumberAsync(ct);
        return new Order(id, number, draft, draft.Lines.Select(l => (guids.Create(), l)), clock.GetUtcNow());
    }

    /// <summary>A random token for a visitor (shown once, kept by the storefront) and the hash the cart stores.</summary>
    public static (string Token, string Hash) NewGuestToken()
    {
        var token = Base64UrlToken(RandomNumberGenerator.GetBytes(32));
        return (token, HashToken(token));
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlToken(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
