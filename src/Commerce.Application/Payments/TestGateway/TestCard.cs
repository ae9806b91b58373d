using System.Globalization;

namespace Commerce.Payments.TestGateway;

/// <summary>
/// A card as the test gateway reads it: digits that pass the Luhn check, an expiry (MM/YY or MM/YYYY) not in the
/// past, a 3 or 4 digit security code. Only the brand and the last four digits are kept.
/// </summary>
internal sealed record TestCard(string Number, string Brand, string Last4)
{
    public static TestCard Parse(PaymentDetails details, DateTimeOffset now)
    {
        var number = new string((details.CardNumber ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());
        if (number.Length is < 12 or > 19 || !number.All(char.IsAsciiDigit) || !PassesLuhn(number)
            || !IsFuture(details.CardExpiry, now)
            || details.CardCvc is not { Length: 3 or 4 } cvc || !cvc.All(char.IsAsciiDigit))
            throw new BusinessException(CommerceErrorCodes.Payments.InvalidCard, BusinessErrorKind.Invalid);
        return new TestCard(number, BrandOf(number), number[^4..]);
    }

    private static bool IsFuture(string? expiry, DateTimeOffset now)
    {
        var parts = (expiry ?? string.Empty).Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[1].Length is not (2 or 4)
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || month is < 1 or > 12)
            return false;
        year = parts[1].Length == 2 ? 2000 + year : year;

        // A card is valid through the last day of its expiry month.
        return (year, month).CompareTo((now.Year, now.Month)) >= 0;
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            sum += digit;
        }

        return sum % 10 == 0;
    }

    private static string BrandOf(string number) => number switch
    {
        ['4', ..] => "visa",
        ['3', '4' or '7', ..] => "amex",
        ['5', >= '1' and <= '5', ..] => "mastercard",
        ['2', ..] when int.Parse(number[..4], CultureInfo.InvariantCulture) is >= 2221 and <= 2720 => "mastercard",
        _ => "card",
    };
}
