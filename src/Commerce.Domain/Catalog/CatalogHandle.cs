using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Commerce.Catalog;

/// <summary>The URL handles of products and categories: given and checked, or made from the title.</summary>
public static partial class CatalogHandle
{
    /// <summary>The given handle, checked; or, when none is given, one made from the title.</summary>
    public static string From(string? handle, string title) =>
        string.IsNullOrWhiteSpace(handle) ? FromTitle(title) : Check(handle);

    /// <summary>"Organic Cotton T-Shirt (Ünisex)" becomes "organic-cotton-t-shirt-unisex".</summary>
    public static string FromTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var handle = Hyphens().Replace(builder.ToString(), "-").Trim('-');
        if (handle.Length > HandleConsts.MaxLength)
            handle = handle[..HandleConsts.MaxLength].TrimEnd('-');
        return Check(handle);
    }

    public static string Check(string handle)
    {
        var trimmed = handle.Trim();
        if (trimmed.Length is 0 or > HandleConsts.MaxLength || !HandleRegex().IsMatch(trimmed))
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidHandle, BusinessErrorKind.Invalid).WithData("handle", handle);
        return trimmed;
    }

    [GeneratedRegex("-{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Hyphens();

    [GeneratedRegex(HandleConsts.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex HandleRegex();
}
