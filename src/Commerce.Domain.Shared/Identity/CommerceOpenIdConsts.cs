namespace Commerce.Identity;

/// <summary>The OpenID Connect names clients of the platform use.</summary>
public static class CommerceOpenIdConsts
{
    /// <summary>The backoffice: a public client, authorization code with PKCE, refresh tokens.</summary>
    public const string BackofficeClientId = "commerce_backoffice";

    /// <summary>The scope (and resource) of the Commerce API.</summary>
    public const string ApiScope = "commerce_api";
}
