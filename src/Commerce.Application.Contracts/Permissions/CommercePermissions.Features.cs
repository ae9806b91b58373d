namespace Commerce;

public static partial class CommercePermissions
{
    public static class Features
    {
        public static class Editions
        {
            public const string Default = "Commerce.Features.Editions";
            public const string Create = Default + ".Create";
            public const string Edit = Default + ".Edit";
            public const string Delete = Default + ".Delete";
        }
    }
}
