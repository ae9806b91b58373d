using Commerce.Domain.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Changes an import's row in a unit of work of its own (a new scope, so another connection): the progress it
/// saves is visible to the polling page while the import's writes wait uncommitted in their transaction, and its
/// outcome is saved even when those writes were rolled back.
/// </summary>
public sealed class ProductImportTracker(IServiceScopeFactory scopes)
{
    public async Task UpdateAsync(Guid importId, Action<ProductImport> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var imports = scope.ServiceProvider.GetRequiredService<IRepository<ProductImport>>();
        var import = await imports.GetAsync(importId, ct);
        change(import);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(ct);
    }
}
