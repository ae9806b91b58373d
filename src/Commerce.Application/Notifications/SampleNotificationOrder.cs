using Commerce.Notifications.Templates;

namespace Commerce.Notifications;

/// <summary>The order a template preview shows, in the store's currency and its texts in the store's language.</summary>
internal static class SampleNotificationOrder
{
    private static readonly SampleTexts English = new(
        "Classic T-Shirt", "M / Navy", "Canvas Tote Bag", ["Alex Example", "1 Sample Street", "Springfield 12345"], "Standard shipping",
        "Bank transfer", "Pay to IBAN XX00 0000 0000 0000, quoting your order number.", "Sample Post", "Requested by the customer");

    private static readonly SampleTexts German = new(
        "Klassisches T-Shirt", "M / Marineblau", "Stofftasche aus Canvas", ["Alex Example", "Musterstraße 1", "12345 Musterstadt"], "Standardversand",
        "Überweisung", "Bitte überweisen Sie den Betrag unter Angabe Ihrer Bestellnummer an IBAN XX00 0000 0000 0000.", "Musterpost",
        "Auf Wunsch des Kunden");

    private static readonly SampleTexts French = new(
        "T-shirt classique", "M / Bleu marine", "Sac cabas en toile", ["Alex Example", "1 rue de l’Exemple", "12345 Exempleville"], "Livraison standard",
        "Virement bancaire", "Veuillez effectuer le virement sur l’IBAN XX00 0000 0000 0000 en indiquant votre numéro de commande.", "Poste Exemple",
        "À la demande du client");

    public static NotificationOrderModel For(string currency, string locale, DateTimeOffset placedAt)
    {
        var texts = DefaultNotificationTemplates.LanguageOf(locale) switch
        {
            "de" => German,
            "fr" => French,
            _ => English,
        };
        return new()
        {
            Number = "#1001",
            PlacedAt = placedAt,
            Currency = currency,
            Lines =
            [
                new NotificationOrderLine(texts.Shirt, texts.ShirtVariant, "TS-M-NAVY", 2, 19.90m, 39.80m),
                new NotificationOrderLine(texts.Bag, null, "TOTE-1", 1, 1249.50m, 1249.50m),
            ],
            Subtotal = 1289.30m,
            ShippingTotal = 4.95m,
            TaxTotal = 0m,
            GrandTotal = 1294.25m,
            PricesIncludeTax = true,
            ShippingAddress = texts.Address,
            ShippingMethod = texts.ShippingMethod,
            PaymentMethod = texts.PaymentMethod,
            PaymentInstructions = texts.PaymentInstructions,
            Carrier = texts.Carrier,
            TrackingNumber = "SP123456789",
            TrackingUrl = "https://tracking.example.com/SP123456789",
            RefundedAmount = 19.90m,
            CancellationReason = texts.CancellationReason,
        };
    }

    private sealed record SampleTexts(
        string Shirt, string ShirtVariant, string Bag, IReadOnlyList<string> Address, string ShippingMethod, string PaymentMethod, string PaymentInstructions,
        string Carrier, string CancellationReason);
}
