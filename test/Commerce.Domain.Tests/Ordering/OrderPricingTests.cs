using Commerce.Ordering.Pricing;
using Commerce.Stores;
using Commerce.Stores.ShippingMethods;

namespace Commerce.Ordering;

public sealed class OrderPricingTests
{
    private static readonly Guid VariantA = Guid.CreateVersion7();
    private static readonly Guid VariantB = Guid.CreateVersion7();

    [Fact]
    public void Exclusive_tax_is_added_per_line_and_rounded_once_per_line()
    {
        var store = Store("USD", new StoreTaxSettings(8m, false, false));

        var price = OrderPricing.Price(store, [new(VariantA, 19.99m, 3, 100), new(VariantB, 0.55m, 1, 0)]);

        price.Lines[0].LineTotal.ShouldBe(59.97m);
        price.Lines[0].Tax.ShouldBe(4.80m);
        price.Lines[1].Tax.ShouldBe(0.04m);
        price.Subtotal.ShouldBe(60.52m);
        price.TaxTotal.ShouldBe(4.84m);
        price.GrandTotal.ShouldBe(65.36m);
        price.WeightGrams.ShouldBe(300);
    }

    [Fact]
    public void Inclusive_tax_is_the_part_of_the_gross_price_and_the_total_stays_the_gross_sum()
    {
        var store = Store("GBP", new StoreTaxSettings(20m, true, false));

        var price = OrderPricing.Price(store, [new(VariantA, 12m, 2, 0), new(VariantB, 9.99m, 1, 0)]);

        price.Lines[0].Tax.ShouldBe(4.00m);
        price.Lines[1].Tax.ShouldBe(1.67m);
        price.TaxTotal.ShouldBe(5.67m);
        price.GrandTotal.ShouldBe(33.99m);
    }

    [Fact]
    public void Taxed_shipping_adds_its_own_tax_and_untaxed_shipping_adds_none()
    {
        var method = FlatRate(3.95m);
        var taxed = OrderPricing.Price(Store("GBP", new StoreTaxSettings(20m, true, true), method.StoreId), [new(VariantA, 10m, 1, 0)], method, "GB", null);
        var exclusive = OrderPricing.Price(Store("USD", new StoreTaxSettings(10m, false, true), method.StoreId), [new(VariantA, 10m, 1, 0)], method, "GB", null);
        var untaxed = OrderPricing.Price(Store("USD", new StoreTaxSettings(10m, false, false), method.StoreId), [new(VariantA, 10m, 1, 0)], method, "GB", null);

        taxed.ShippingTax.ShouldBe(0.66m);
        taxed.TaxTotal.ShouldBe(1.67m + 0.66m);
        taxed.GrandTotal.ShouldBe(13.95m);
        exclusive.ShippingTax.ShouldBe(0.40m);
        exclusive.GrandTotal.ShouldBe(10m + 3.95m + 1m + 0.40m);
        untaxed.ShippingTax.ShouldBe(0m);
        untaxed.GrandTotal.ShouldBe(14.95m);
    }

    [Fact]
    public void Yen_amounts_have_no_minor_units()
    {
        var store = Store("JPY", new StoreTaxSettings(10m, false, false));

        var price = OrderPricing.Price(store, [new(VariantA, 1234.5m, 1, 0), new(VariantB, 333m, 1, 0)]);

        price.Lines[0].UnitPrice.ShouldBe(1235m);
        price.Lines[0].Tax.ShouldBe(124m);
        price.Lines[1].Tax.ShouldBe(33m);
        price.GrandTotal.ShouldBe(1235m + 333m + 157m);
    }

    [Fact]
    public void A_method_that_does_not_ship_to_the_address_fails_with_ShippingMethodUnavailable()
    {
        var method = FlatRate(5m);
        method.ChangeDestinations([new ShippingDestination("US", null)]);
        var store = Store("USD", StoreTaxSettings.None, method.StoreId);

        var ex = Should.Throw<BusinessException>(() => OrderPricing.Price(store, [new(VariantA, 10m, 1, 0)], method, "DE", null));

        ex.Code.ShouldBe(CommerceErrorCodes.Ordering.ShippingMethodUnavailable);
    }

    [Fact]
    public void Another_store_s_method_is_refused()
    {
        var ex = Should.Throw<BusinessException>(() =>
            OrderPricing.Price(Store("USD", StoreTaxSettings.None), [new(VariantA, 10m, 1, 0)], FlatRate(5m), "US", null));

        ex.Code.ShouldBe(CommerceErrorCodes.Ordering.ShippingMethodUnavailable);
    }

    private static Store Store(string currency, StoreTaxSettings tax, Guid? id = null)
    {
        var store = new Store(id ?? Guid.CreateVersion7(), "Shop", "shop", new StoreRegionalSettings("en-US", currency, "Europe/London"));
        store.ChangeTaxSettings(tax);
        return store;
    }

    private static ShippingMethod FlatRate(decimal price)
    {
        var method = new ShippingMethod(Guid.CreateVersion7(), Guid.CreateVersion7(), ShippingMethodType.FlatRate, "Standard");
        method.ChangeRates(price, null, []);
        return method;
    }
}
