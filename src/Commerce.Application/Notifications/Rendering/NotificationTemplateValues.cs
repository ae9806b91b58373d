using System.Globalization;
using Commerce.Stores;

namespace Commerce.Notifications.Rendering;

/// <summary>
/// The values a template sees, by the names decision 0009 documents: store, recipient, order (money and dates
/// already written in the store's currency, locale and time zone) and action_url.
/// </summary>
public static class NotificationTemplateValues
{
    public static Dictionary<string, object?> StoreOf(NotificationRenderModel model, CultureInfo culture)
    {
        var store = model.Store;
        var theme = store.Theme;
        return new()
        {
            ["name"] = store.Name,
            ["url"] = model.StoreUrl,
            ["logo_url"] = store.LogoUrl is null ? null : new Uri(new Uri(model.StoreUrl), store.LogoUrl).AbsoluteUri,
            ["contact_email"] = store.ContactEmail,
            ["language"] = culture.TwoLetterISOLanguageName,
            ["primary_color"] = theme.PrimaryColor,
            ["primary_text_color"] = EmailColors.TextOn(theme.PrimaryColor),
            ["accent_color"] = theme.AccentColor,
            ["accent_text_color"] = EmailColors.TextOn(theme.AccentColor),
            ["background_color"] = theme.BackgroundColor,
            ["text_color"] = EmailColors.ReadableText(theme.TextColor, theme.BackgroundColor),
        };
    }

    public static Dictionary<string, object?> RecipientOf(NotificationRenderModel model) => new()
    {
        ["name"] = model.RecipientName,
        ["email"] = model.RecipientEmail,
    };

    public static Dictionary<string, object?>? OrderOf(NotificationOrderModel? order, Store store, CultureInfo culture)
    {
        if (order is null)
            return null;
        var money = new MoneyFormatter(culture, order.Currency);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(store.TimeZone);
        return new()
        {
            ["number"] = order.Number,
            ["placed_at"] = TimeZoneInfo.ConvertTime(order.PlacedAt, zone).ToString("f", culture),
            ["currency"] = order.Currency,
            ["lines"] = order.Lines.Select(line => new Dictionary<string, object?>
            {
                ["product_title"] = line.ProductTitle,
                ["variant_title"] = line.VariantTitle,
                ["sku"] = line.Sku,
                ["quantity"] = line.Quantity,
                ["unit_price"] = money.Format(line.UnitPrice),
                ["line_total"] = money.Format(line.LineTotal),
            }).ToList(),
            ["subtotal"] = money.Format(order.Subtotal),
            ["shipping_total"] = money.Format(order.ShippingTotal),
            ["tax_total"] = money.Format(order.TaxTotal),
            ["grand_total"] = money.Format(order.GrandTotal),
            ["prices_include_tax"] = order.PricesIncludeTax,
            ["shipping_address"] = order.ShippingAddress.ToList(),
            ["shipping_method"] = order.ShippingMethod,
            ["payment_method"] = order.PaymentMethod,
            ["payment_instructions"] = order.PaymentInstructions,
            ["carrier"] = order.Carrier,
            ["tracking_number"] = order.TrackingNumber,
            ["tracking_url"] = order.TrackingUrl,
            ["refunded_amount"] = order.RefundedAmount is { } refunded ? money.Format(refunded) : null,
            ["cancellation_reason"] = order.CancellationReason,
        };
    }
}
