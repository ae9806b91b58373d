using Commerce.Catalog.Storefront;
using Commerce.Web.Public.Stores;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Public.Pages.Store;

/// <summary>A category or search page: the filters and sort are GET query parameters, so the page works without script.</summary>
public abstract class ProductListPageModel(ICurrentStore currentStore, IStorefrontCatalogAppService catalog) : StorePageModel(currentStore)
{
    public static readonly IReadOnlyList<(StorefrontSort Sort, string Label)> Sorts =
    [
        (StorefrontSort.Newest, "Newest"), (StorefrontSort.PriceAscending, "Price: low to high"),
        (StorefrontSort.PriceDescending, "Price: high to low"), (StorefrontSort.Name, "Name"),
    ];

    [BindProperty(SupportsGet = true, Name = "o")]
    public List<string> Options { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "min")]
    public decimal? MinPrice { get; set; }

    [BindProperty(SupportsGet = true, Name = "max")]
    public decimal? MaxPrice { get; set; }

    [BindProperty(SupportsGet = true, Name = "stock")]
    public bool InStockOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public StorefrontSort Sort { get; set; }

    /// <summary>"p", because Razor Pages keeps the "page" route value for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public StorefrontProductListDto List { get; private set; } = new();

    /// <summary>This page's address with another page number, the other parameters kept.</summary>
    public string PageUrl(int page)
    {
        var query = new QueryBuilder(Request.Query.Where(q => q.Key != "p").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? string.Empty))));
        if (page > 1)
            query.Add("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Request.Path + query.ToQueryString().Value;
    }

    public bool IsSelected(string option, string value) =>
        Options.Contains($"{option}:{value}", StringComparer.OrdinalIgnoreCase);

    protected async Task LoadAsync(Guid? categoryId, string? text, CancellationToken ct)
    {
        List = await catalog.GetProductListAsync(new GetStorefrontProductListInput
        {
            StoreId = Store.Id,
            CategoryId = categoryId,
            Text = text,
            Options = Options.Take(20).ToList(),
            MinPrice = MinPrice is >= 0 ? MinPrice : null,
            MaxPrice = MaxPrice is >= 0 ? MaxPrice : null,
            InStockOnly = InStockOnly,
            Sort = Enum.IsDefined(Sort) ? Sort : StorefrontSort.Newest,
            Page = Math.Clamp(PageNumber, 1, 10_000),
        }, ct);
    }
}
