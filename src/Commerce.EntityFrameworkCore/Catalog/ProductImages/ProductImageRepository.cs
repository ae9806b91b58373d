using Commerce.Catalog.ProductImages;
using Commerce.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Catalog.ProductImages;

internal sealed class ProductImageRepository(CommerceDbContext db) : EfRepository<ProductImage>(db), IProductImageRepository
{
    public Task<List<ProductImage>> GetListAsync(Guid productId, CancellationToken ct) =>
        Set.Where(i => i.ProductId == productId).OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(ct);

    public async Task<int> GetNextPositionAsync(Guid productId, CancellationToken ct) =>
        (await Set.Where(i => i.ProductId == productId).MaxAsync(i => (int?)i.Position, ct) ?? -1) + 1;

    public Task<List<Guid>> FindVariantsWithOtherImageAsync(IReadOnlyCollection<Guid> variantIds, Guid imageId, CancellationToken ct) =>
        Set.Where(i => i.Id != imageId).SelectMany(i => i.Variants).Select(v => v.VariantId).Where(id => variantIds.Contains(id)).ToListAsync(ct);
}
