using System.Security.Cryptography;
using System.Text.Json;

namespace Commerce.Ordering;

/// <summary>
/// SHA-256 of a checkout request in a canonical form (lines merged and sorted, text trimmed, email lower case), so a
/// retried request matches its first try. Payment details are left out: a card number is never hashed or stored.
/// </summary>
internal static class CheckoutRequestHash
{
    public static string Compute(Guid storeId, PlaceOrderDto input)
    {
        var a = input.ShippingAddress;
        var canonical = new
        {
            storeId,
            email = input.Email.Trim().ToLowerInvariant(),
            phone = input.Phone?.Trim(),
            lines = input.Lines.GroupBy(l => l.VariantId).OrderBy(g => g.Key).Select(g => new { variant = g.Key, quantity = g.Sum(l => l.Quantity) }),
            address = new[] { a.Name, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.CountryCode?.ToUpperInvariant(), a.Phone }.Select(v => v?.Trim()),
            shipping = input.ShippingMethodId,
            payment = input.PaymentMethodId,
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical)));
    }
}
