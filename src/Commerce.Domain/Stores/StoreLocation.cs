namespace Commerce.Stores;

/// <summary>Which tenant's which store a slug or host names: what the storefront needs to resolve a request.</summary>
public sealed record StoreLocation(Guid TenantId, Guid StoreId);
