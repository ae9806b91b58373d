using System.Globalization;
using System.Security.Cryptography;
using Commerce.Ordering;
using Microsoft.AspNetCore.DataProtection;

namespace Commerce.EntityFrameworkCore.Ordering;

/// <summary>
/// Guest order tokens sealed with ASP.NET Core Data Protection under a purpose of their own. The expiry is part of the
/// sealed payload and checked against the TimeProvider, so it follows the same clock as everything else.
/// </summary>
internal sealed class DataProtectionGuestOrderLinks(IDataProtectionProvider provider, TimeProvider clock) : IGuestOrderLinks
{
    private readonly IDataProtector protector = provider.CreateProtector("Commerce.Ordering.GuestOrderAccess");

    public string Mint(Guid tenantId, Guid orderId)
    {
        var expires = clock.GetUtcNow().AddDays(OrderingConsts.GuestLinkLifetimeDays).ToUnixTimeSeconds();
        return protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{tenantId:N}.{orderId:N}.{expires}"));
    }

    public (Guid TenantId, Guid OrderId)? Read(string token)
    {
        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('.');
        return parts.Length == 3
            && Guid.TryParseExact(parts[0], "N", out var tenantId)
            && Guid.TryParseExact(parts[1], "N", out var orderId)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            ? (tenantId, orderId)
            : null;
    }
}
