using System.Runtime.CompilerServices;
using Commerce.Catalog.Categories;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Inventory;
using Commerce.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.EntityFrameworkCore.Stores;

/// <summary>
/// Evicts the storefront pages a save changes, whichever service or job made the change: a store's own pages when
/// the store changes, the tenant's catalog pages when a product, variant, price, category or image does, or a stock
/// row goes in or out of stock.
/// The tags are noted before the save and evicted once it is durable: after the save, or after the commit of the
/// transaction it ran in, so a page read in between cannot cache what is about to change.
/// </summary>
internal sealed class StorefrontCacheInterceptor(IEnumerable<IStorefrontCacheEvictor> evictors) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> CatalogTypes =
    [
        typeof(Product), typeof(ProductVariant), typeof(VariantStorePrice), typeof(ProductCategory),
        typeof(ProductImage), typeof(ProductImageVariant), typeof(Category), typeof(StockItem),
    ];

    private readonly IStorefrontCacheEvictor[] evictors = [.. evictors];
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (evictors.Length > 0 && eventData.Context is { } context)
            Note(context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
            await FlushAsync(context, cancellationToken);
        return result;
    }

    public async Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            await FlushAsync(context, cancellationToken);
    }

    public Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
            pending.Remove(context);
        return Task.CompletedTask;
    }

    private void Note(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var tags = pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            if (entry.Entity is Store store)
            {
                tags.Add(StorefrontCacheTags.Store(store.Id));
                tags.Add(StorefrontCacheTags.Locations);
            }
            else if (IsOwnedByStore(entry, out var storeId))
            {
                // Domains, theme, tax: rows of the store's own whose changes leave the store's entry unchanged.
                tags.Add(StorefrontCacheTags.Store(storeId));
                tags.Add(StorefrontCacheTags.Locations);
            }
            else if (CatalogTypes.Contains(entry.Metadata.ClrType) && TenantOf(entry) is { } tenantId && ShowsOnStorefront(entry))
            {
                tags.Add(StorefrontCacheTags.Catalog(tenantId));
            }
        }
    }

    private async Task FlushAsync(DbContext context, CancellationToken ct)
    {
        if (!pending.TryGetValue(context, out var tags) || tags.Count == 0)
            return;
        pending.Remove(context);
        foreach (var evictor in evictors)
            await evictor.EvictAsync(tags, ct);
    }

    /// <summary>A row owned by a store, however deep (its theme's banners): the store's id, through the owners' keys.</summary>
    private static bool IsOwnedByStore(EntityEntry entry, out Guid storeId)
    {
        storeId = default;
        if (!entry.Metadata.IsOwned() || StoreIdProperty(entry.Metadata) is not { } property || entry.Property(property.Name).CurrentValue is not Guid id)
            return false;
        storeId = id;
        return true;
    }

    /// <summary>The property of <paramref name="type"/> that holds the id of the store it belongs to.</summary>
    private static IProperty? StoreIdProperty(IEntityType type)
    {
        if (type.ClrType == typeof(Store))
            return type.FindProperty(nameof(Store.Id));
        var ownership = type.FindOwnership();
        if (ownership is null || StoreIdProperty(ownership.PrincipalEntityType) is not { } principal)
            return null;
        var index = ownership.PrincipalKey.Properties.ToList().IndexOf(principal);
        return index < 0 ? null : ownership.Properties[index];
    }

    /// <summary>
    /// Whether the storefront can tell the change: it shows a stock row only as in stock or not, so a sale or a count
    /// that leaves the units available on the same side of zero keeps the pages (checkout does not empty the cache).
    /// </summary>
    private static bool ShowsOnStorefront(EntityEntry entry) =>
        entry is not { Entity: StockItem, State: EntityState.Modified }
        || entry.OriginalValues.GetValue<int>(nameof(StockItem.OnHand)) - entry.OriginalValues.GetValue<int>(nameof(StockItem.Reserved)) > 0
            != entry.CurrentValues.GetValue<int>(nameof(StockItem.OnHand)) - entry.CurrentValues.GetValue<int>(nameof(StockItem.Reserved)) > 0;

    private static Guid? TenantOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("TenantId") is { } property ? entry.Property(property.Name).CurrentValue as Guid? : null;
}
