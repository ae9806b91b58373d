namespace Commerce.Catalog.Storefront;

/// <summary>A cached product page prices its variants when it is read, so special price windows open and close on time.</summary>
public sealed class StorefrontProductSnapshotTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_special_price_applies_only_inside_its_window()
    {
        var snapshot = Snapshot(new VariantPriceRule(14m, 9m, Start, Start.AddDays(1), StorePrice: null));

        snapshot.At(Start.AddTicks(-1)).Variants[0].ShouldSatisfyAllConditions(v => v.Price.ShouldBe(14m), v => v.RegularPrice.ShouldBeNull());
        snapshot.At(Start).Variants[0].ShouldSatisfyAllConditions(v => v.Price.ShouldBe(9m), v => v.RegularPrice.ShouldBe(14m));
        snapshot.At(Start.AddDays(1)).Variants[0].Price.ShouldBe(14m);
    }

    [Fact]
    public void A_store_price_wins_over_the_special_price_and_the_cached_page_is_not_changed()
    {
        var snapshot = Snapshot(new VariantPriceRule(14m, 9m, null, null, StorePrice: 12m));

        snapshot.At(Start).Variants[0].ShouldSatisfyAllConditions(v => v.Price.ShouldBe(12m), v => v.RegularPrice.ShouldBe(14m), v => v.InStock.ShouldBeTrue());
        snapshot.Product.Variants[0].Price.ShouldBe(0m);
    }

    private static StorefrontProductSnapshot Snapshot(VariantPriceRule rule) =>
        new(new StorefrontProductDto { Title = "Mug", Variants = [new StorefrontVariantDto { Id = Guid.NewGuid(), InStock = true }] }, [rule]);
}
