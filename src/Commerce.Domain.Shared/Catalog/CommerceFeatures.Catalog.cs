namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Catalog
    {
        public const string MaxProductCount = "Commerce.Catalog.MaxProductCount";
    }
}
