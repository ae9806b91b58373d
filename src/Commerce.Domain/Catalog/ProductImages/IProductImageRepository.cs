using Commerce.Domain.Repositories;

namespace Commerce.Catalog.ProductImages;

public interface IProductImageRepository : IRepository<ProductImage>
{
    /// <summary>A product's gallery, tracked for a change, in gallery order.</summary>
    Task<List<ProductImage>> GetListAsync(Guid productId, CancellationToken ct);

    /// <summary>The position after the last image of the product's gallery.</summary>
    Task<int> GetNextPositionAsync(Guid productId, CancellationToken ct);

    /// <summary>Which of the variants are the image of some image other than the one given.</summary>
    Task<List<Guid>> FindVariantsWithOtherImageAsync(IReadOnlyCollection<Guid> variantIds, Guid imageId, CancellationToken ct);
}
