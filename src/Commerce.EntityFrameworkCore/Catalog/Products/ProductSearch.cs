using Commerce.Catalog.Products;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

/// <summary>
/// The backoffice's product search, in one transaction: the tenant's products filtered on indexed columns, the
/// text matched by full-text search (every word as a prefix) or, for typos, by pg_trgm word similarity on the
/// normalized title and SKUs; ranked full-text hits first, then by closeness.
/// </summary>
internal sealed class ProductSearch(CommerceDbContext db, IEnumerable<IProductListFilter> listFilters)
{
    /// <summary>How close a word must be to count as a typo of the title's or a SKU's: "tshrit" is 0.43 of "t-shirt".</summary>
    private const string WordSimilarityThreshold = "0.4";

    public async Task<ProductSearchPage> RunAsync(ProductSearchCriteria criteria, int skip, int take, CancellationToken ct)
    {
        var query = Filter(criteria);
        var fuzzy = string.IsNullOrWhiteSpace(criteria.Text) ? string.Empty : ProductSearchText.Normalize(criteria.Text);
        var words = string.IsNullOrWhiteSpace(criteria.Text) ? null : ProductSearchText.ToPrefixQuery(criteria.Text);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (fuzzy.Length > 0)
        {
            await db.Database.ExecuteSqlAsync($"SELECT set_config('pg_trgm.word_similarity_threshold', {WordSimilarityThreshold}, true)", ct);
            query = query.Where(p => (words != null && EF.Property<NpgsqlTsVector>(p, ProductSearchColumns.SearchVector).Matches(EF.Functions.ToTsQuery("simple", words)))
                                     || CatalogDbFunctions.FuzzyMatch(fuzzy, EF.Property<string>(p, ProductSearchColumns.FuzzyText)));
        }

        var total = await query.LongCountAsync(ct);
        var ids = await Order(query, criteria, words, fuzzy).Skip(skip).Take(take).Select(p => p.Id).ToListAsync(ct);
        if (transaction is not null)
            await transaction.CommitAsync(ct);
        return new ProductSearchPage(total, ids);
    }

    private IQueryable<Product> Filter(ProductSearchCriteria criteria)
    {
        var query = db.Set<Product>().AsNoTracking().IgnoreAutoIncludes();
        if (criteria.Status is { } status)
            query = query.Where(p => p.Status == status);
        if (criteria.StoreId is { } storeId)
            query = query.Where(p => p.StoreIds.Contains(storeId));
        if (criteria.CategoryIds is { } categoryIds)
            query = query.Where(p => p.Categories.Any(c => categoryIds.Contains(c.CategoryId)));
        return listFilters.Aggregate(query, (current, filter) => filter.Apply(current, criteria));
    }

    private static IOrderedQueryable<Product> Order(IQueryable<Product> query, ProductSearchCriteria criteria, string? words, string fuzzy)
    {
        var sort = criteria.Sort ?? (fuzzy.Length > 0 ? ProductSort.Relevance : ProductSort.Created);
        var descending = criteria.Sort is null ? sort == ProductSort.Created : criteria.Descending;
        var ordered = sort switch
        {
            ProductSort.Relevance when fuzzy.Length > 0 => query
                .OrderByDescending(p => words != null && EF.Property<NpgsqlTsVector>(p, ProductSearchColumns.SearchVector).Matches(EF.Functions.ToTsQuery("simple", words)))
                .ThenByDescending(p => words != null ? EF.Property<NpgsqlTsVector>(p, ProductSearchColumns.SearchVector).Rank(EF.Functions.ToTsQuery("simple", words)) : 0f)
                .ThenByDescending(p => CatalogDbFunctions.WordSimilarity(fuzzy, EF.Property<string>(p, ProductSearchColumns.FuzzyText))),
            ProductSort.Title => descending ? query.OrderByDescending(p => p.Title) : query.OrderBy(p => p.Title),
            ProductSort.Updated => descending
                ? query.OrderByDescending(p => p.LastModificationTime ?? p.CreationTime)
                : query.OrderBy(p => p.LastModificationTime ?? p.CreationTime),
            ProductSort.Price => descending ? query.OrderByDescending(p => p.MinPrice) : query.OrderBy(p => p.MinPrice),
            _ => descending ? query.OrderByDescending(p => p.CreationTime) : query.OrderBy(p => p.CreationTime),
        };
        return ordered.ThenBy(p => p.Id);
    }
}
