namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Promotions
    {
        public const string Advanced = "Commerce.Promotions.Advanced";
    }
}
