using System.Net;

namespace Commerce.Stores.Storefront;

/// <summary>How a request's host relates to the platform's sub-domain form ("{0}.localhost").</summary>
public static class StorefrontHost
{
    /// <summary>The platform's own address (the bare domain, or an IP address): no store answers there.</summary>
    public static bool IsPlatform(string host, string? domainFormat)
    {
        if (string.IsNullOrEmpty(domainFormat) || IPAddress.TryParse(host, out _))
            return true;
        var suffix = domainFormat[(domainFormat.IndexOf("{0}", StringComparison.Ordinal) + 3)..];
        return string.Equals("." + host, suffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The label a host of the platform's sub-domain form names (a store or tenant slug); null for any other host.</summary>
    public static string? FindLabel(string host, string? format)
    {
        if (string.IsNullOrEmpty(format))
            return null;
        var placeholder = format.IndexOf("{0}", StringComparison.Ordinal);
        var prefix = format[..placeholder];
        var suffix = format[(placeholder + 3)..];
        if (host.Length <= prefix.Length + suffix.Length
            || !host.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            || !host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            return null;
        var label = host[prefix.Length..^suffix.Length];
        return label.Contains('.', StringComparison.Ordinal) ? null : label.ToLowerInvariant();
    }
}
