namespace Commerce.Customers;

/// <summary>
/// A customer asked for a password reset on a store, reached at that origin ("https://shop.example.com"). It
/// carries no token: the handler makes one when it sends the link, so no reset token is ever stored.
/// </summary>
public sealed record CustomerPasswordResetRequested(Guid CustomerId, Guid StoreId, string StorefrontOrigin);
