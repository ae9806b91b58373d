using AngleSharp.Html.Dom;
using Commerce.Web.Public.Customers;

namespace Commerce.Web.Public.Checkout;

/// <summary>A shopper's steps through cart and checkout, filling forms the way a browser without script would.</summary>
public static class CheckoutBrowser
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly IReadOnlyDictionary<string, string> UsAddress = new Dictionary<string, string>
    {
        ["Address.Name"] = "Ada Shopper", ["Address.Line1"] = "1 Main Street", ["Address.City"] = "Springfield",
        ["Address.Region"] = "IL", ["Address.PostalCode"] = "62701", ["Address.CountryCode"] = "US",
    };

    public static Task<HttpResponseMessage> AddToCartAsync(this ShopperSession browser, string handle, int quantity = 1, IReadOnlyDictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>(extra ?? new Dictionary<string, string>()) { ["quantity"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return browser.SubmitAsync($"/p/{handle}", fields, "/cart/add");
    }

    /// <summary>Email and address, then "Continue": the page with shipping, payment and the server's totals.</summary>
    public static async Task<IHtmlDocument> ReviewAsync(this ShopperSession browser, string? email)
    {
        var page = await browser.GetPageAsync("/checkout");
        var fields = new Dictionary<string, string>(UsAddress);
        if (email is not null)
            fields["Email"] = email;
        return await ShopperSession.ParseAsync(await browser.PostFormAsync(page, fields, "/checkout/continue"));
    }

    /// <summary>The card method chosen, the card filled, "Place order" pressed.</summary>
    public static Task<HttpResponseMessage> PlaceWithCardAsync(this ShopperSession browser, IHtmlDocument reviewed, string cardNumber)
    {
        var method = reviewed.QuerySelectorAll("input[name=PaymentMethodId]").OfType<IHtmlInputElement>()
            .Single(i => reviewed.QuerySelector($"label[for='{i.Id}']")!.TextContent.Contains("Card"));
        return browser.PostFormAsync(reviewed, new Dictionary<string, string>
        {
            ["PaymentMethodId"] = method.Value, ["Card.Number"] = cardNumber, ["Card.Expiry"] = "12/30", ["Card.Cvc"] = "123",
        }, "/checkout/place");
    }

    public static async Task<HttpResponseMessage> CheckOutAsync(this ShopperSession browser, string? email, string cardNumber) =>
        await browser.PlaceWithCardAsync(await browser.ReviewAsync(email), cardNumber);

    /// <summary>Posts the page's main form with every field's current value (checked radios, selected options), some replaced, to the given action.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this ShopperSession browser, IHtmlDocument page, IReadOnlyDictionary<string, string> fields, string action)
    {
        var form = page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().First();
        var values = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is not null && !i.IsDisabled))
        {
            if (input.Type is "radio" or "checkbox" && !input.IsChecked)
                continue;
            values[input.Name!] = input.Value;
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(s => s.Name is not null))
            values[select.Name!] = select.Value ?? string.Empty;
        foreach (var (name, value) in fields)
            values[name] = value;
        using var content = new FormUrlEncodedContent(values);
        return await browser.Client.PostAsync(action, content, Ct);
    }
}
