namespace Commerce.Web.Public.Customers;

public static class StorefrontRateLimits
{
    /// <summary>The host's per-address sign-in limit (SignInRateLimiting), shared with staff sign-in.</summary>
    public const string SignIn = "sign-in";
}
