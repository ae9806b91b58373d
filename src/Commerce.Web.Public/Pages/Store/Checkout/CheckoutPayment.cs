using Commerce.Stores.PaymentMethods;

namespace Commerce.Web.Public.Pages.Store.Checkout;

/// <summary>How the no-script checkout treats each payment provider.</summary>
public static class CheckoutPayment
{
    public const string TestGateway = PaymentProviderDefinitions.TestGateway;

    /// <summary>Stripe collects card data with Stripe.js only, so the no-script form cannot offer it.</summary>
    public const string Stripe = PaymentProviderDefinitions.Stripe;

    /// <summary>The test gateway's cards; each outcome is a storefront text with the card number as {0}.</summary>
    public static readonly IReadOnlyList<(string Number, string Outcome)> TestCards =
    [
        ("4242 4242 4242 4242", "{0} paid"),
        ("4000 0000 0000 0002", "{0} declined"),
        ("4000 0000 0000 0119", "{0} processing error"),
        ("4000 0000 0000 3220", "{0} pending, confirmed a few seconds later"),
    ];
}
