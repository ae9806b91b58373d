namespace Commerce.EntityFrameworkCore.Identity;

/// <summary>The Data Protection application name all of Commerce's processes share, so they share one key ring.</summary>
public static class CommerceDataProtection
{
    public const string ApplicationName = "Commerce";
}
