namespace Commerce.HttpApi.Host.Backoffice;

public sealed class BackofficeOptions
{
    public const string SectionName = "Backoffice";

    /// <summary>The Angular build (angular/dist/backoffice/browser), relative to the content root or absolute.</summary>
    public string Path { get; set; } = "../../angular/dist/backoffice/browser";
}
