namespace Commerce.HttpApi.Authorization;

public static class CommerceAuthorizationPolicies
{
    /// <summary>Center Control: platform administrators only.</summary>
    public const string HostAdmin = "HostAdmin";
}
