namespace Commerce;

public static partial class CommercePermissions
{
    public static class Stores
    {
        public const string Default = "Commerce.Stores";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Delete = Default + ".Delete";
        public const string ManageShipping = Default + ".ManageShipping";
        public const string ManagePayments = Default + ".ManagePayments";
    }
}
