namespace Commerce.EntityFrameworkCore.Identity;

public sealed class BackofficeClientOptions
{
    public const string SectionName = "OpenIddict:Clients:Backoffice";

    /// <summary>Where the backoffice is served; each is a redirect and a post-logout redirect address.</summary>
    public List<string> RootUrls { get; } = [];
}
