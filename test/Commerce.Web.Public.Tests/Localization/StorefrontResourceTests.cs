using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Commerce.Localization;
using Commerce.Ordering;
using Commerce.Web.Public.Pages.Store;
using Commerce.Web.Public.Pages.Store.Checkout;

namespace Commerce.Web.Public.Localization;

/// <summary>The translations themselves: every text the storefront looks up is in each shipped language, and nothing is blank.</summary>
public sealed partial class StorefrontResourceTests
{
    private static readonly string[] Languages = ["de", "fr"];

    /// <summary>The business errors a shopper can meet on the storefront's forms, cart and checkout.</summary>
    private static readonly string[] ShopperErrors =
    [
        CommerceErrorCodes.Customers.DuplicateEmail, CommerceErrorCodes.Customers.TooManyAddresses, CommerceErrorCodes.Customers.InvalidPassword,
        CommerceErrorCodes.Customers.InvalidResetToken, CommerceErrorCodes.Ordering.InsufficientStock, CommerceErrorCodes.Ordering.InvalidQuantity,
        CommerceErrorCodes.Ordering.UnknownVariant, CommerceErrorCodes.Ordering.EmptyCart, CommerceErrorCodes.Ordering.TooManyLines,
        CommerceErrorCodes.Ordering.InvalidAddress, CommerceErrorCodes.Ordering.ShippingMethodUnavailable,
        CommerceErrorCodes.Ordering.PaymentMethodNotAllowed, CommerceErrorCodes.Ordering.StoreClosed, CommerceErrorCodes.Ordering.IdempotencyKeyReused,
        CommerceErrorCodes.Inventory.InsufficientStock, CommerceErrorCodes.Inventory.InvalidQuantity, CommerceErrorCodes.Payments.InvalidCard,
        CommerceErrorCodes.Payments.CardDeclined, CommerceErrorCodes.Payments.ProcessingError,
    ];

    private static readonly ResourceManager Resources = new(typeof(StorefrontResource).FullName!, typeof(StorefrontResource).Assembly);

    [Fact]
    public void Each_language_translates_the_same_texts_and_none_is_blank()
    {
        var german = Texts("de");
        var french = Texts("fr");

        german.Keys.Order(StringComparer.Ordinal).ShouldBe(french.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in german.Concat(french))
            text.ShouldNotBeNullOrWhiteSpace(key);
    }

    [Fact]
    public void A_translation_uses_only_the_placeholders_its_text_has()
    {
        foreach (var language in Languages)
        {
            foreach (var (key, text) in Texts(language))
                Placeholders(text).ShouldBeSubsetOf(Placeholders(key), $"{language}: {key}");
        }
    }

    [Fact]
    public void Every_text_the_storefront_looks_up_has_a_German_and_a_French_translation()
    {
        var used = LookedUpInSource()
            .Concat(Enum.GetNames<OrderStatus>())
            .Concat(ProductListPageModel.Sorts.Select(s => s.Label))
            .Concat(CheckoutPayment.TestCards.Select(c => c.Outcome))
            .Concat(StorefrontFormMetadataProvider.DefaultMessages)
            .Concat(ValidatedFieldNames())
            .Concat(ShopperErrors.Select(code => CommerceResource.Texts[code]))
            .ToHashSet(StringComparer.Ordinal);
        used.Count.ShouldBeGreaterThan(150);

        foreach (var language in Languages)
            used.Except(Texts(language).Keys).ShouldBeEmpty(language);
    }

    private static Dictionary<string, string> Texts(string language) =>
        Resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct();

    /// <summary>Every literal key in the storefront's views and page models: L["…"] and H["…"] in views, localizer["…"] and l["…"] in code.</summary>
    private static IEnumerable<string> LookedUpInSource()
    {
        var project = Path.Combine(FindRepositoryRoot(), "src", "Commerce.Web.Public");
        var obj = $"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}";
        return Directory.EnumerateFiles(project, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains(obj, StringComparison.Ordinal))
            .SelectMany(f => Lookup().Matches(File.ReadAllText(f)).Select(m => Regex.Unescape(m.Groups["key"].Value)));
    }

    /// <summary>The fields of the storefront's forms that validation messages name, by their property names or display names.</summary>
    private static IEnumerable<string> ValidatedFieldNames() =>
        typeof(StorefrontResource).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("Commerce.Web.Public.Pages", StringComparison.Ordinal) == true)
            .Concat(StorefrontFormMetadataProvider.FormDtos)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttributes<ValidationAttribute>().Any())
            .Select(p => p.GetCustomAttribute<DisplayAttribute>()?.Name ?? p.Name);

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    [GeneratedRegex(@"(?<![\w.])(?:L|H|l|localizer)\[""(?<key>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Lookup();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
