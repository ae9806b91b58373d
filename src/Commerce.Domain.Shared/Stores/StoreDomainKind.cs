namespace Commerce.Stores;

/// <summary>A store's name on the platform: its slug (a label under the platform's domain) or a custom host.</summary>
public enum StoreDomainKind
{
    Slug,
    Custom,
}
