namespace Commerce.MultiTenancy;

public static class TenantResolutionConsts
{
    /// <summary>The header (or query key) an anonymous caller names its tenant with: the id or the slug.</summary>
    public const string TenantKey = "__tenant";
}
