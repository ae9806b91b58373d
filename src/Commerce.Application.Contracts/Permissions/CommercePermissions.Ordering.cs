namespace Commerce;

public static partial class CommercePermissions
{
    public static class Ordering
    {
        public static class Orders
        {
            public const string Default = "Commerce.Ordering.Orders";
            public const string Manage = Default + ".Manage";
            public const string Fulfil = Default + ".Fulfil";
            public const string Refund = Default + ".Refund";
        }
    }
}
