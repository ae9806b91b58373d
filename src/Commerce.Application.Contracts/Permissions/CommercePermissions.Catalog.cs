namespace Commerce;

public static partial class CommercePermissions
{
    public static class Catalog
    {
        public static class Products
        {
            public const string Default = "Commerce.Catalog.Products";
            public const string Edit = Default + ".Edit";
        }
    }
}
