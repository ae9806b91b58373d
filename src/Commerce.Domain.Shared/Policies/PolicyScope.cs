namespace Commerce.Policies;

/// <summary>Where a policy value is set; the narrowest wins: tenant, then edition, then the platform.</summary>
public enum PolicyScope
{
    Platform,
    Edition,
    Tenant,
}
