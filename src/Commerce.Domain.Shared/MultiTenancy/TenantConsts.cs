namespace Commerce.MultiTenancy;

public static class TenantConsts
{
    public const int NameMaxLength = 128;
    public const int SlugMinLength = 2;
    public const int SlugMaxLength = 63;
    public const int SuspensionReasonMaxLength = 512;

    /// <summary>A slug is a DNS label: it is the tenant's sub-domain.</summary>
    public const string SlugPattern = "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$";
}
