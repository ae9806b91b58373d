namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Loyalty
    {
        public const string Enabled = "Commerce.Loyalty.Enabled";
    }
}
