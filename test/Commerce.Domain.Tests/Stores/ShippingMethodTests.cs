using Commerce.Stores.ShippingMethods;

namespace Commerce.Stores;

public sealed class ShippingMethodTests
{
    [Fact]
    public void A_flat_rate_quotes_its_price_only_where_it_ships()
    {
        var method = Method(ShippingMethodType.FlatRate);
        method.ChangeRates(4.90m, null, []);
        method.ChangeDestinations([new ShippingDestination("de", null), new ShippingDestination("US", ["CA", "ny"])]);

        method.Quote(20m, 500, "DE", null).ShouldBe(4.90m);
        method.Quote(20m, 500, "US", "NY").ShouldBe(4.90m);
        method.Quote(20m, 500, "US", "TX").ShouldBeNull();
        method.Quote(20m, 500, "FR", null).ShouldBeNull();
    }

    [Fact]
    public void Weight_brackets_price_by_the_first_bracket_that_holds_the_weight()
    {
        var method = Method(ShippingMethodType.WeightBased);
        method.ChangeRates(0m, null, [new WeightRate(5000, 9m), new WeightRate(1000, 5m)]);

        method.Quote(10m, 800, "DE", null).ShouldBe(5m);
        method.Quote(10m, 1000, "DE", null).ShouldBe(5m);
        method.Quote(10m, 1001, "DE", null).ShouldBe(9m);
        method.Quote(10m, 5001, "DE", null).ShouldBeNull();
        method.WeightRates.Select(r => r.UpToGrams).ShouldBe([1000, 5000]);
    }

    [Fact]
    public void Free_above_is_free_from_its_threshold_and_not_offered_below()
    {
        var method = Method(ShippingMethodType.FreeAbove);
        method.ChangeRates(0m, 50m, []);

        method.Quote(49.99m, 100, "DE", null).ShouldBeNull();
        method.Quote(50m, 100, "DE", null).ShouldBe(0m);
    }

    [Fact]
    public void Local_pickup_ignores_destinations_and_a_disabled_method_quotes_nothing()
    {
        var method = Method(ShippingMethodType.LocalPickup);
        method.ChangeRates(0m, null, []);
        method.ChangeDestinations([new ShippingDestination("DE", null)]);

        method.Quote(10m, 100, "FR", null).ShouldBe(0m);
        method.Disable();
        method.Quote(10m, 100, "DE", null).ShouldBeNull();
    }

    [Theory]
    [InlineData(ShippingMethodType.FlatRate, -1, null, false)]
    [InlineData(ShippingMethodType.FlatRate, 5, 10, false)]
    [InlineData(ShippingMethodType.FreeAbove, 0, null, false)]
    [InlineData(ShippingMethodType.FreeAbove, 3, 10, false)]
    [InlineData(ShippingMethodType.WeightBased, 0, null, false)]
    [InlineData(ShippingMethodType.LocalPickup, 0, null, true)]
    public void Rates_must_fit_the_method_type(ShippingMethodType type, int price, int? freeAbove, bool valid)
    {
        var method = Method(type);
        var change = () => method.ChangeRates(price, freeAbove, []);

        if (valid)
            change();
        else
            Should.Throw<BusinessException>(change).Code.ShouldBe(CommerceErrorCodes.Stores.InvalidShippingRates);
    }

    [Fact]
    public void Destinations_are_distinct_ISO_countries()
    {
        var method = Method(ShippingMethodType.FlatRate);

        Should.Throw<BusinessException>(() => new ShippingDestination("Germany", null)).Code.ShouldBe(CommerceErrorCodes.Stores.InvalidDestination);
        Should.Throw<BusinessException>(() => method.ChangeDestinations([new ShippingDestination("DE", null), new ShippingDestination("de", ["BY"])]))
            .Code.ShouldBe(CommerceErrorCodes.Stores.InvalidDestination);
    }

    private static ShippingMethod Method(ShippingMethodType type) => new(Guid.CreateVersion7(), Guid.CreateVersion7(), type, "Standard");
}
