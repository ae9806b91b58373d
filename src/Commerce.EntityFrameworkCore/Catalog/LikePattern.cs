namespace Commerce.EntityFrameworkCore.Catalog;

internal static class LikePattern
{
    /// <summary>A LIKE pattern that finds the text anywhere, with the text's own wildcards escaped.</summary>
    public static string Containing(string text) =>
        "%" + text.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
