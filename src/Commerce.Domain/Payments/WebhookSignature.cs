using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Commerce.Payments;

/// <summary>
/// The webhook signature scheme Stripe uses and the test gateway copies: a header "t={unix seconds},v1={hex}" where
/// v1 is HMAC-SHA256 with the endpoint's secret over "{t}.{body}". A timestamp older (or newer) than the tolerance
/// is refused, so a captured webhook cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string secret, DateTimeOffset time, string body)
    {
        var timestamp = time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Compute(secret, timestamp, body)}";
    }

    /// <summary>Throws the code of the first check that fails: missing or malformed header, stale timestamp, wrong signature.</summary>
    public static void Verify(string? header, string body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        var (timestamp, signatures) = Parse(header);
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
            throw new BusinessException(CommerceErrorCodes.Payments.WebhookTimestampExpired, BusinessErrorKind.Unauthenticated);
        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp.ToString(CultureInfo.InvariantCulture), body));
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected)))
            throw new BusinessException(CommerceErrorCodes.Payments.InvalidWebhookSignature, BusinessErrorKind.Unauthenticated);
    }

    /// <summary>The header's timestamp and v1 signatures; a missing or malformed header is refused.</summary>
    public static (long Timestamp, IReadOnlyList<string> Signatures) Parse(string? header)
    {
        var parts = (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToList();
        var signatures = parts.Where(p => p[0] == "v1").Select(p => p[1]).ToList();
        if (!long.TryParse(parts.FirstOrDefault(p => p[0] == "t")?[1], NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp) || signatures.Count == 0)
            throw new BusinessException(CommerceErrorCodes.Payments.WebhookSignatureMissing, BusinessErrorKind.Invalid);
        return (timestamp, signatures);
    }

    private static string Compute(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
