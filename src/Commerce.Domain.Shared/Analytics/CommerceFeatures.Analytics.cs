namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Analytics
    {
        public const string Advanced = "Commerce.Analytics.Advanced";
    }
}
