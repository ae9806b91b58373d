namespace Commerce.Ordering;

/// <summary>
/// Signed, time-limited tokens that open one guest order. Nothing is stored: checkout and every email mint one from
/// the order's tenant and id, and the storefront verifies it.
/// </summary>
public interface IGuestOrderLinks
{
    string Mint(Guid tenantId, Guid orderId);

    /// <summary>The tenant and order the token was minted for, or null when it is malformed, tampered with or expired.</summary>
    (Guid TenantId, Guid OrderId)? Read(string token);
}
