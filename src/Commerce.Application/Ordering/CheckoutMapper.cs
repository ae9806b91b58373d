using Commerce.Ordering.Pricing;

namespace Commerce.Ordering;

internal static class CheckoutMapper
{
    public static CheckoutReviewDto ToReview(IReadOnlyList<CheckoutItem> items, OrderPrice price) => new()
    {
        Currency = price.Currency,
        PricesIncludeTax = price.PricesIncludeTax,
        Lines = [.. items.Zip(price.Lines, (i, p) => new PricedLineDto
        {
            ProductId = i.ProductId, VariantId = i.VariantId, ProductTitle = i.ProductTitle, VariantTitle = i.VariantTitle, Sku = i.Sku,
            UnitPrice = p.UnitPrice, Quantity = p.Quantity, Tax = p.Tax, LineTotal = p.LineTotal,
        })],
        Subtotal = price.Subtotal,
        ShippingTotal = price.ShippingTotal,
        TaxTotal = price.TaxTotal,
        GrandTotal = price.GrandTotal,
    };
}
