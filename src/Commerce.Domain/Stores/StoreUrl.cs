namespace Commerce.Stores;

/// <summary>Links a merchant puts on the storefront: absolute http(s) or site-relative, never script.</summary>
public static class StoreUrl
{
    public static string Check(string url, string field)
    {
        var trimmed = url.Trim();
        var valid = trimmed.Length <= StoreConsts.UrlMaxLength
            && (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)
                || Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
        if (!valid)
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidUrl, BusinessErrorKind.Invalid).WithData(field, url);
        return trimmed;
    }
}
