using System.Collections.Frozen;

namespace Commerce.Payments;

/// <summary>
/// Amounts in a currency's smallest unit, as card providers take them: cents for EUR, yen for JPY (a zero-decimal
/// currency is not multiplied), fils for KWD. The exponents are ISO 4217's, as Stripe lists them.
/// </summary>
public static class MinorUnits
{
    private static readonly FrozenSet<string> ZeroDecimal = FrozenSet.ToFrozenSet(
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ThreeDecimal = FrozenSet.ToFrozenSet(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], StringComparer.Ordinal);

    public static int Exponent(string currency) =>
        ZeroDecimal.Contains(currency.ToUpperInvariant()) ? 0 : ThreeDecimal.Contains(currency.ToUpperInvariant()) ? 3 : 2;

    /// <summary>The amount in minor units, rounded half away from zero.</summary>
    public static long ToMinor(decimal amount, string currency) =>
        (long)decimal.Round(amount * Factor(currency), 0, MidpointRounding.AwayFromZero);

    public static decimal FromMinor(long minor, string currency) => minor / Factor(currency);

    private static decimal Factor(string currency) => Exponent(currency) switch
    {
        0 => 1m,
        3 => 1000m,
        _ => 100m,
    };
}
