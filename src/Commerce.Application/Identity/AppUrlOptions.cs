namespace Commerce.Identity;

public sealed class AppUrlOptions
{
    public const string SectionName = "App";

    /// <summary>The platform's public address, for links in emails.</summary>
    public string SelfUrl { get; set; } = "http://localhost:5000";
}
