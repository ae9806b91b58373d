namespace Commerce;

public static partial class CommercePermissions
{
    public static class Inventory
    {
        public const string Default = "Commerce.Inventory";
        public const string Adjust = Default + ".Adjust";
        public const string ManageSettings = Default + ".ManageSettings";
    }
}
