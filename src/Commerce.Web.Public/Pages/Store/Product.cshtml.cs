using Commerce.Catalog.Storefront;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Public.Pages.Store;

/// <summary>
/// /p/{handle}: a product the store sells. The option selects submit as GET (o1, o2, o3), so the chosen variant,
/// its price and stock are resolved on the server without script.
/// </summary>
public sealed class ProductModel(ICurrentStore currentStore, IStorefrontCatalogAppService catalog) : StorePageModel(currentStore)
{
    [BindProperty(SupportsGet = true, Name = "o1")]
    public string? Option1 { get; set; }

    [BindProperty(SupportsGet = true, Name = "o2")]
    public string? Option2 { get; set; }

    [BindProperty(SupportsGet = true, Name = "o3")]
    public string? Option3 { get; set; }

    public StorefrontProductDto Product { get; private set; } = new();

    /// <summary>The variant the selected options name; null when no variant has that combination.</summary>
    public StorefrontVariantDto? Variant { get; private set; }

    public IReadOnlyList<string?> Selected { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string handle, CancellationToken ct)
    {
        var product = await catalog.FindProductAsync(Store.Id, handle, ct);
        if (product is null)
            return new StoreNotFoundResult();
        Product = product;
        var first = product.Variants[0];
        Selected = product.Options.Select((option, i) =>
            option.Values.FirstOrDefault(v => string.Equals(v, new[] { Option1, Option2, Option3 }[i], StringComparison.OrdinalIgnoreCase))
            ?? first.OptionValues.ElementAtOrDefault(i)).ToList();
        Variant = product.Variants.FirstOrDefault(v => v.OptionValues.SequenceEqual(Selected!, StringComparer.OrdinalIgnoreCase));
        return Page();
    }
}
