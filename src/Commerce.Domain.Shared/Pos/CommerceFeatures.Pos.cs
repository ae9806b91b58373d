namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Pos
    {
        public const string Enabled = "Commerce.Pos.Enabled";
    }
}
