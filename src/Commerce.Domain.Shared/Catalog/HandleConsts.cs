namespace Commerce.Catalog;

/// <summary>The URL handle of a product or category: lower-case letters and digits in words joined by single hyphens.</summary>
public static class HandleConsts
{
    public const int MaxLength = 128;

    public const string Pattern = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
}
