namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Stores
    {
        public const string MaxStoreCount = "Commerce.Stores.MaxStoreCount";
        public const string MultiStore = "Commerce.Stores.MultiStore";
    }
}
