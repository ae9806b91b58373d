namespace Commerce;

public static partial class CommerceFeatures
{
    public static class Integrations
    {
        public const string Enabled = "Commerce.Integrations.Enabled";
        public const string MaxIntegrationCount = "Commerce.Integrations.MaxIntegrationCount";
    }
}
