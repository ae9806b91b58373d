namespace Commerce;

public static partial class CommercePermissions
{
    public static class Catalog
    {
        public static class AttributeSets
        {
            public const string Default = "Commerce.Catalog.AttributeSets";
            public const string Create = Default + ".Create";
            public const string Edit = Default + ".Edit";
            public const string Delete = Default + ".Delete";
        }

        public static class Categories
        {
            public const string Default = "Commerce.Catalog.Categories";
            public const string Create = Default + ".Create";
            public const string Edit = Default + ".Edit";
            public const string Delete = Default + ".Delete";
        }

        public static class Products
        {
            public const string Default = "Commerce.Catalog.Products";
            public const string Create = Default + ".Create";
            public const string Edit = Default + ".Edit";
            public const string Delete = Default + ".Delete";
            public const string Import = Default + ".Import";
            public const string Export = Default + ".Export";
        }
    }
}
