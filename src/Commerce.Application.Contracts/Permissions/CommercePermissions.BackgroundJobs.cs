namespace Commerce;

public static partial class CommercePermissions
{
    public static class BackgroundJobs
    {
        /// <summary>The jobs dashboard.</summary>
        public const string Dashboard = "Commerce.BackgroundJobs.Dashboard";
    }
}
