namespace Commerce.HttpApi.Host.MultiTenancy;

public sealed class TenantResolutionOptions
{
    public const string SectionName = "MultiTenancy";

    /// <summary>The tenant sub-domain form, "{0}" standing for the slug; empty turns host resolution off.</summary>
    public string? DomainFormat { get; set; }
}
