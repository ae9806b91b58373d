namespace Commerce.Catalog.Products;

public sealed class ProductVariantPriceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddDays(3);
    private static readonly Guid Store = Guid.CreateVersion7();

    [Fact]
    public void Without_a_special_price_or_a_store_price_the_regular_price_applies()
    {
        var variant = Variant(new VariantDetails("A", 30m));

        variant.GetEffectivePrice(null, Start).ShouldBe(30m);
        variant.GetEffectivePrice(Store, Start).ShouldBe(30m);
    }

    [Fact]
    public void The_special_price_applies_from_its_start_until_just_before_its_end()
    {
        var variant = Variant(new VariantDetails("A", 30m, SpecialPrice: 24m, SpecialPriceStart: Start, SpecialPriceEnd: End));

        variant.GetEffectivePrice(null, Start.AddTicks(-1)).ShouldBe(30m);
        variant.GetEffectivePrice(null, Start).ShouldBe(24m);
        variant.GetEffectivePrice(null, End.AddTicks(-1)).ShouldBe(24m);
        variant.GetEffectivePrice(null, End).ShouldBe(30m);
    }

    [Fact]
    public void A_special_price_without_a_window_always_applies()
    {
        Variant(new VariantDetails("A", 30m, SpecialPrice: 25m)).GetEffectivePrice(null, Start).ShouldBe(25m);
    }

    [Fact]
    public void A_store_s_own_price_wins_over_the_special_and_the_regular_price_in_that_store_only()
    {
        var product = ProductVariantsTests.NewProduct();
        var variant = product.Variants[0];
        product.UpdateVariant(variant.Id, new VariantDetails("A", 30m, SpecialPrice: 24m));

        product.SetStorePrices(variant.Id, new Dictionary<Guid, decimal> { [Store] = 28m });

        variant.GetEffectivePrice(Store, Start).ShouldBe(28m);
        variant.GetEffectivePrice(Guid.CreateVersion7(), Start).ShouldBe(24m);
    }

    [Fact]
    public void Setting_store_prices_again_changes_a_kept_store_in_place_and_drops_the_others()
    {
        var product = ProductVariantsTests.NewProduct();
        var variant = product.Variants[0];
        var other = Guid.CreateVersion7();
        product.SetStorePrices(variant.Id, new Dictionary<Guid, decimal> { [Store] = 28m, [other] = 29m });
        var kept = variant.StorePrices.Single(p => p.StoreId == Store);

        product.SetStorePrices(variant.Id, new Dictionary<Guid, decimal> { [Store] = 27m });

        variant.StorePrices.Single().ShouldBeSameAs(kept);
        kept.Price.ShouldBe(27m);
    }

    [Theory]
    [InlineData(-1, null, null)]
    [InlineData(10, -1, null)]
    [InlineData(10, null, -1)]
    public void A_negative_price_fails_with_InvalidPrice(int price, int? compareAt, int? special) =>
        Should.Throw<BusinessException>(() => Variant(new VariantDetails("A", price, CompareAtPrice: compareAt, SpecialPrice: special)))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidPrice);

    [Fact]
    public void A_window_that_ends_before_it_starts_or_has_no_special_price_fails_with_InvalidSpecialPriceWindow()
    {
        Should.Throw<BusinessException>(() => Variant(new VariantDetails("A", 30m, SpecialPrice: 20m, SpecialPriceStart: End, SpecialPriceEnd: Start)))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidSpecialPriceWindow);
        Should.Throw<BusinessException>(() => Variant(new VariantDetails("A", 30m, SpecialPriceStart: Start)))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidSpecialPriceWindow);
    }

    private static ProductVariant Variant(VariantDetails details) => new(Guid.CreateVersion7(), Guid.CreateVersion7(), [], details, 0);
}
