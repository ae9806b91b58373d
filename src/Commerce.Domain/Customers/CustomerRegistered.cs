namespace Commerce.Customers;

/// <summary>A shopper opened an account on one of the tenant's stores (the welcome message names that store).</summary>
public sealed record CustomerRegistered(Guid CustomerId, Guid StoreId);
