using Commerce.Auditing;
using Commerce.Catalog.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.EntityFrameworkCore.Catalog.Products;

/// <summary>
/// Before every save, ahead of the auditing interceptor: a product whose variants, store prices or categories
/// changed is written too, so its version (xmin) and modification time move with any change of the aggregate;
/// and every product written gets its search columns refreshed.
/// </summary>
internal sealed class ProductSaveInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private static void Apply(DbContext context)
    {
        var products = context.ChangeTracker.Entries<Product>().ToList();
        if (products.Count == 0)
            return;
        context.ChangeTracker.DetectChanges();
        var changed = ChangedProductIds(context);
        foreach (var entry in products)
        {
            if (entry.State == EntityState.Unchanged && changed.Contains(entry.Entity.Id))
                entry.Property(nameof(IHasModificationAudit.LastModificationTime)).IsModified = true;
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Property(ProductSearchColumns.SearchText).CurrentValue = ProductSearchText.WordsOf(entry.Entity);
                entry.Property(ProductSearchColumns.FuzzyText).CurrentValue = ProductSearchText.FuzzyTextOf(entry.Entity);
            }
        }
    }

    private static HashSet<Guid> ChangedProductIds(DbContext context)
    {
        var variants = context.ChangeTracker.Entries<ProductVariant>().ToDictionary(v => v.Entity.Id, v => v.Entity.ProductId);
        var changed = new HashSet<Guid>();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            Guid? productId = entry.Entity switch
            {
                ProductVariant variant => variant.ProductId,
                ProductCategory => Value(entry, "ProductId"),
                VariantStorePrice => Value(entry, "VariantId") is { } id ? variants.GetValueOrDefault(id) : null,
                _ => null,
            };
            if (productId is not null)
                changed.Add(productId.Value);
        }

        return changed;
    }

    private static Guid? Value(EntityEntry entry, string property) => entry.Property(property).CurrentValue as Guid?;
}
