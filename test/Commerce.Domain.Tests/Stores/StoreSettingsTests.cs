namespace Commerce.Stores;

public sealed class StoreSettingsTests
{
    [Theory]
    [InlineData("en-US", "usd", "America/New_York", "USD")]
    [InlineData("de-DE", "EUR", "Europe/Berlin", "EUR")]
    [InlineData("ja-JP", "JPY", "Asia/Tokyo", "JPY")]
    public void Regional_settings_accept_real_locales_ISO_currencies_and_IANA_zones(string locale, string currency, string zone, string expected)
    {
        var settings = new StoreRegionalSettings(locale, currency, zone);

        settings.Currency.ShouldBe(expected);
        settings.Locale.ShouldBe(locale);
        settings.TimeZone.ShouldBe(zone);
    }

    [Theory]
    [InlineData("en-US", "XYZ", "UTC", CommerceErrorCodes.Stores.InvalidCurrency)]
    [InlineData("en-US", "EURO", "UTC", CommerceErrorCodes.Stores.InvalidCurrency)]
    [InlineData("xx-QQ", "EUR", "UTC", CommerceErrorCodes.Stores.InvalidLocale)]
    [InlineData("en", "EUR", "UTC", CommerceErrorCodes.Stores.InvalidLocale)]
    [InlineData("en-US", "EUR", "Mars/Olympus", CommerceErrorCodes.Stores.InvalidTimeZone)]
    public void Regional_settings_refuse_what_the_platform_cannot_format(string locale, string currency, string zone, string code)
    {
        var ex = Should.Throw<BusinessException>(() => new StoreRegionalSettings(locale, currency, zone));

        ex.Code.ShouldBe(code);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#GGGGGG")]
    public void A_theme_color_must_be_hex(string color)
    {
        var ex = Should.Throw<BusinessException>(() => new StoreTheme(color, "#000000", "#ffffff", "#000000", null, []));

        ex.Code.ShouldBe(CommerceErrorCodes.Stores.InvalidColor);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//evil.example.com/x.png")]
    [InlineData("ftp://files.example.com/a.png")]
    public void Banner_links_are_http_or_site_paths_never_script(string url)
    {
        var ex = Should.Throw<BusinessException>(() => new StoreBanner(url, "Sale", null, null, 0));

        ex.Code.ShouldBe(CommerceErrorCodes.Stores.InvalidUrl);
    }

    [Fact]
    public void Banners_keep_their_display_order_and_are_limited()
    {
        var theme = new StoreTheme("#111111", "#222222", "#ffffff", "#000000", "Inter",
            [new StoreBanner("/b.png", "Second", null, "/sale", 2), new StoreBanner("https://cdn.example.com/a.png", "First", "New in", null, 1)]);

        theme.Banners.Select(b => b.Title).ShouldBe(["First", "Second"]);
        var tooMany = Enumerable.Range(0, StoreThemeConsts.MaxBanners + 1).Select(i => new StoreBanner("/b.png", "B", null, null, i));
        Should.Throw<BusinessException>(() => new StoreTheme("#111111", "#222222", "#ffffff", "#000000", null, tooMany))
            .Code.ShouldBe(CommerceErrorCodes.Stores.TooManyBanners);
    }

    [Fact]
    public void Known_currencies_include_the_majors_and_not_made_up_codes()
    {
        foreach (var code in new[] { "USD", "EUR", "GBP", "JPY", "CHF", "VND", "BRL" })
            CurrencyCodes.IsKnown(code).ShouldBeTrue(code);
        CurrencyCodes.IsKnown("ABC").ShouldBeFalse();
    }
}
