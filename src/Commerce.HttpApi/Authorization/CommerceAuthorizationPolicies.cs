namespace Commerce.HttpApi.Authorization;

/// <summary>
/// The side an endpoint belongs to. The permission itself is checked by the application service, the one
/// enforcement point the API, jobs and tests share.
/// </summary>
public static class CommerceAuthorizationPolicies
{
    /// <summary>Center Control: a signed-in host user (no tenant).</summary>
    public const string Host = "Host";

    /// <summary>A tenant's backoffice: a signed-in user of the tenant the request resolved to.</summary>
    public const string Tenant = "Tenant";
}
