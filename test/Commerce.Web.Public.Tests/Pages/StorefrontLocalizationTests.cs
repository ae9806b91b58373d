using System.Net;
using Commerce.Stores;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Commerce.Web.Public.Checkout;
using Commerce.Web.Public.Customers;

namespace Commerce.Web.Public.Pages;

/// <summary>The storefront's own texts follow the store's locale; the merchant's content (titles, names) stays as written.</summary>
public sealed class StorefrontLocalizationTests(TestHost host) : StorefrontTestBase(host)
{
    [Theory]
    [InlineData("de-DE", "In den Warenkorb", "Beschreibung", "Anmelden")]
    [InlineData("fr-FR", "Ajouter au panier", "Description", "Se connecter")]
    [InlineData("en-US", "Add to cart", "Description", "Sign in")]
    public async Task The_product_page_speaks_the_stores_language(string locale, string addToCart, string description, string signIn)
    {
        using var shop = await CreateShopAsync("Harbour Goods", locale, "EUR");
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Enamel Mug", Description = "<p>Sturdy.</p>" });

        var page = await ParseAsync(await BrowseAsync(shop.Host, $"/p/{product.Handle}"));

        page.DocumentElement.GetAttribute("lang").ShouldBe(locale);
        page.QuerySelector("h1")!.TextContent.Trim().ShouldBe("Enamel Mug");
        page.QuerySelector("form[action='/cart/add'] button")!.TextContent.Trim().ShouldBe(addToCart);
        page.QuerySelector("#description-heading")!.TextContent.ShouldBe(description);
        page.QuerySelector("header a[href='/account']")!.TextContent.ShouldBe(signIn);
    }

    [Theory]
    [InlineData("de-DE", "Ihr Warenkorb", "Zum Warenkorb hinzugefügt.", "Entfernen")]
    [InlineData("fr-FR", "Votre panier", "Ajouté à votre panier.", "Retirer")]
    [InlineData("en-US", "Your cart", "Added to your cart.", "Remove")]
    public async Task The_cart_and_its_messages_speak_the_stores_language(string locale, string heading, string added, string remove)
    {
        using var shop = await CreateShopAsync("Harbour Goods", locale, "EUR");
        var product = await shop.AddProductAsync(ProductInput.WithColors("Red") with { Title = "Enamel Mug" });
        using var browser = ShopperSession.Open(Host, shop.Host);

        var cart = await ShopperSession.ParseAsync(await browser.AddToCartAsync(product.Handle));

        cart.QuerySelector("h1")!.TextContent.ShouldBe(heading);
        cart.QuerySelector("[data-message]")!.TextContent.ShouldBe(added);
        cart.QuerySelector("form[action='/cart/remove'] button")!.TextContent.ShouldBe(remove);
        cart.QuerySelector("tbody th")!.TextContent.ShouldContain("Enamel Mug");
    }

    [Theory]
    [InlineData("de-DE", "Anmelden", "Passwort vergessen?", "Das Feld „E-Mail“ ist erforderlich.")]
    [InlineData("fr-FR", "Se connecter", "Mot de passe oublié ?", "Le champ « E-mail » est obligatoire.")]
    [InlineData("en-US", "Sign in", "Forgot your password?", "The Email field is required.")]
    public async Task The_sign_in_page_and_its_validation_speak_the_stores_language(string locale, string heading, string forgot, string required)
    {
        using var shop = await CreateShopAsync("Harbour Goods", locale, "EUR");
        using var browser = ShopperSession.Open(Host, shop.Host);

        var page = await browser.GetPageAsync("/account/sign-in");
        var refused = await ShopperSession.ParseAsync(await browser.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "x" }));

        page.QuerySelector("h1")!.TextContent.ShouldBe(heading);
        page.QuerySelector("main form button")!.TextContent.ShouldBe(heading);
        page.QuerySelector("a[href='/account/password/forgot']")!.TextContent.ShouldBe(forgot);
        refused.QuerySelector("[role=alert]")!.TextContent.ShouldContain(required);
    }

    [Fact]
    public async Task A_wrong_password_is_explained_in_the_stores_language()
    {
        using var shop = await CreateShopAsync("Harbour Goods", "de-DE", "EUR");
        using var browser = ShopperSession.Open(Host, shop.Host);

        var refused = await ShopperSession.ParseAsync(await browser.SubmitAsync("/account/sign-in",
            new Dictionary<string, string> { ["Email"] = "nobody@example.com", ["Password"] = "Wrong-Password-1" }));

        refused.QuerySelector("[role=alert]")!.TextContent.ShouldContain("E-Mail oder Passwort ist nicht richtig.");
    }

    [Fact]
    public async Task An_address_form_names_its_fields_in_the_stores_language()
    {
        using var shop = await CreateShopAsync("Harbour Goods", "de-DE", "EUR");
        using var browser = ShopperSession.Open(Host, shop.Host);
        await browser.SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ada", ["Input.Email"] = "ada@example.com", ["Input.Password"] = "Shopper-Password-1",
        });

        var refused = await ShopperSession.ParseAsync(await browser.SubmitAsync("/account/addresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "Ada", ["Input.City"] = "Berlin", ["Input.PostalCode"] = "10115", ["Input.CountryCode"] = "DE",
        }, null));

        refused.QuerySelector("h2")!.TextContent.ShouldBe("Adresse hinzufügen");
        refused.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Das Feld „Adresse“ ist erforderlich.");
    }

    [Fact]
    public async Task A_missing_product_shows_the_not_found_page_in_the_stores_language()
    {
        using var shop = await CreateShopAsync("Harbour Goods", "fr-FR", "EUR");

        var response = await BrowseAsync(shop.Host, "/p/no-such-mug");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await ParseAsync(response);
        page.DocumentElement.GetAttribute("lang").ShouldBe("fr");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Cette page n’existe pas");
        page.QuerySelector("a[href='/']")!.TextContent.ShouldBe("Aller à l’accueil de Harbour Goods");
    }

    [Fact]
    public async Task A_closed_store_says_so_in_its_own_language()
    {
        using var shop = await CreateShopAsync("Nachtmarkt", "de-DE", "EUR");
        await shop.UpdateStoreAsync(s => s with { Status = StoreStatus.Closed });

        var response = await BrowseAsync(shop.Host);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var page = await ParseAsync(response);
        page.DocumentElement.GetAttribute("lang").ShouldBe("de");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Nachtmarkt ist nicht verfügbar");
    }

    [Fact]
    public async Task A_refusal_of_the_shop_is_explained_in_the_stores_language()
    {
        using var shop = await CreateShopAsync("Harbour Goods", "fr-FR", "EUR");
        using var first = ShopperSession.Open(Host, shop.Host);
        using var second = ShopperSession.Open(Host, shop.Host);
        var input = new Dictionary<string, string> { ["Input.Name"] = "Ada", ["Input.Email"] = "ada@example.com", ["Input.Password"] = "Shopper-Password-1" };
        await first.SubmitAsync("/account/register", input);

        var again = await ShopperSession.ParseAsync(await second.SubmitAsync("/account/register", input));

        again.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Un compte avec l’adresse e-mail ada@example.com existe déjà");
    }
}
