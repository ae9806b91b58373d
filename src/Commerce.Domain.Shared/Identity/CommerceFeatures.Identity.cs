namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Identity
    {
        public const string MaxStaffCount = "Commerce.Identity.MaxStaffCount";
    }
}
