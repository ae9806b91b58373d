namespace Commerce.Stores;

public sealed class CurrencyRoundingTests
{
    [Theory]
    [InlineData("USD", 2)]
    [InlineData("EUR", 2)]
    [InlineData("JPY", 0)]
    [InlineData("KRW", 0)]
    [InlineData("ISK", 0)]
    [InlineData("BHD", 3)]
    [InlineData("KWD", 3)]
    public void Minor_units_follow_ISO_4217(string currency, int digits) =>
        CurrencyCodes.MinorUnits(currency).ShouldBe(digits);

    [Theory]
    [InlineData("USD", "2.345", "2.35")]
    [InlineData("USD", "-2.345", "-2.35")]
    [InlineData("USD", "2.344", "2.34")]
    [InlineData("JPY", "1234.5", "1235")]
    [InlineData("KWD", "1.2345", "1.235")]
    public void Amounts_round_to_the_currency_s_minor_units_with_midpoints_away_from_zero(string currency, string amount, string expected) =>
        CurrencyCodes.Round(Parse(amount), currency).ShouldBe(Parse(expected));

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
