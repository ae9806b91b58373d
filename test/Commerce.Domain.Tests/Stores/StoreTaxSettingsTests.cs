namespace Commerce.Stores;

public sealed class StoreTaxSettingsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("8.875")]
    [InlineData("100")]
    public void A_rate_from_0_to_100_with_up_to_three_decimals_is_accepted(string rate)
    {
        var settings = new StoreTaxSettings(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), true, false);

        settings.RatePercent.ShouldBe(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-0.001")]
    [InlineData("100.001")]
    [InlineData("7.0005")]
    public void A_rate_outside_the_range_or_too_precise_fails_with_InvalidTaxRate(string rate)
    {
        var ex = Should.Throw<BusinessException>(() =>
            new StoreTaxSettings(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), false, false));

        ex.Code.ShouldBe(CommerceErrorCodes.Stores.InvalidTaxRate);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
    }
}
