using Commerce.Stores;
using Commerce.Stores.ShippingMethods;

namespace Commerce.Ordering.Pricing;

/// <summary>
/// The one price calculation of the cart view, the checkout review and order placement: line totals, subtotal,
/// shipping from the chosen method, the store's tax (contained in gross prices or added to net ones, rounded once
/// per line and once for shipping), and the grand total, each rounded to the currency's minor units.
/// </summary>
public static class OrderPricing
{
    /// <summary>Prices lines alone (a cart before a shipping method is chosen): shipping is zero.</summary>
    public static OrderPrice Price(Store store, IReadOnlyList<OrderPriceLine> lines) => Price(store, lines, null);

    /// <summary>
    /// Prices lines with the shipping method for the destination; a method that does not quote (disabled, not
    /// serving the destination, order too small or heavy) is refused with ShippingMethodUnavailable.
    /// </summary>
    public static OrderPrice Price(Store store, IReadOnlyList<OrderPriceLine> lines, ShippingMethod method, string countryCode, string? regionCode)
    {
        ArgumentNullException.ThrowIfNull(method);
        var goods = Price(store, lines);
        var quote = method.StoreId == store.Id ? method.Quote(goods.Subtotal, goods.WeightGrams, countryCode, regionCode) : null;
        if (quote is null)
            throw new BusinessException(CommerceErrorCodes.Ordering.ShippingMethodUnavailable, BusinessErrorKind.Invalid).WithData("shippingMethod", method.Id);
        return Price(store, lines, quote.Value);
    }

    /// <summary>What a method costs for these lines at the destination, or null when it does not deliver them there.</summary>
    public static decimal? QuoteShipping(Store store, IReadOnlyList<OrderPriceLine> lines, ShippingMethod method, string countryCode, string? regionCode)
    {
        var goods = Price(store, lines);
        var quote = method.Quote(goods.Subtotal, goods.WeightGrams, countryCode, regionCode);
        return quote is null ? null : CurrencyCodes.Round(quote.Value, store.Currency);
    }

    private static OrderPrice Price(Store store, IReadOnlyList<OrderPriceLine> lines, decimal? shipping)
    {
        var currency = store.Currency;
        var tax = store.Tax;
        var priced = lines.Select(l =>
        {
            var unit = CurrencyCodes.Round(l.UnitPrice, currency);
            var total = CurrencyCodes.Round(unit * l.Quantity, currency);
            return new PricedLine(l.VariantId, unit, l.Quantity, total, TaxOf(total, tax, currency));
        }).ToList();
        var shippingTotal = CurrencyCodes.Round(shipping ?? 0m, currency);
        var shippingTax = tax.TaxShipping ? TaxOf(shippingTotal, tax, currency) : 0m;
        var subtotal = priced.Sum(l => l.LineTotal);
        var taxTotal = priced.Sum(l => l.Tax) + shippingTax;
        return new OrderPrice
        {
            Currency = currency,
            PricesIncludeTax = tax.PricesIncludeTax,
            TaxRatePercent = tax.RatePercent,
            Lines = priced,
            Subtotal = subtotal,
            ShippingTotal = shippingTotal,
            ShippingTax = shippingTax,
            TaxTotal = taxTotal,
            GrandTotal = tax.PricesIncludeTax ? subtotal + shippingTotal : subtotal + shippingTotal + taxTotal,
            WeightGrams = lines.Sum(l => l.WeightGrams * l.Quantity),
        };
    }

    // Inclusive: the tax contained in a gross amount is amount × rate / (100 + rate); exclusive: amount × rate / 100.
    private static decimal TaxOf(decimal amount, StoreTaxSettings tax, string currency) =>
        tax.RatePercent == 0m
            ? 0m
            : CurrencyCodes.Round(tax.PricesIncludeTax ? amount * tax.RatePercent / (100m + tax.RatePercent) : amount * tax.RatePercent / 100m, currency);
}
