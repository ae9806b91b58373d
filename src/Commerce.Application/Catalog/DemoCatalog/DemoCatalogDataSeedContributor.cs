using System.Globalization;
using Commerce.BlobStoring;
using Commerce.Catalog.Categories;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Data;
using Commerce.Domain.Repositories;
using Commerce.Identity;
using Commerce.Inventory;
using Commerce.Media;
using Commerce.MultiTenancy;
using Commerce.Stores;
using Commerce.Users;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Catalog.DemoCatalog;

/// <summary>
/// The demo merchant's catalog: a category tree, a few hundred active products with sizes and colors, a photo
/// each (with thumbnails), stock (some of it low), published to its stores, whose home pages get banners. Made
/// once, through the same application services the backoffice uses, acting as the demo owner.
/// </summary>
public sealed class DemoCatalogDataSeedContributor(
    ITenantRepository tenants, ICurrentTenant currentTenant, ICurrentPrincipalAccessor principals, UserManager<CommerceUser> users,
    IStoreRepository stores, ICategoryAppService categories, IProductAppService products, IStockAppService stock,
    ProductImageManager imageManager, IProductImageRepository images, IBlobStore blobs, GenerateProductImageThumbnailsJob thumbnails,
    IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null || !context.IncludeDemoCatalog
            || await tenants.FindBySlugAsync(DemoTenantDataSeedContributor.DemoSlug, ct) is not { } tenant)
            return;
        using var tenantScope = currentTenant.Change(tenant.Id);
        if (await users.FindByEmailAsync(IdentitySeedOptions.DemoOwnerEmail) is not { } owner)
            return;
        using var ownerScope = principals.Change(DemoOwner(owner.Id, tenant.Id));
        if (await products.GetListAsync(new GetProductListInput { MaxResultCount = 1 }, ct) is { TotalCount: > 0 })
            return;

        var categoryIds = await CreateCategoriesAsync(ct);
        var storeList = stores.Query().OrderBy(s => s.CreationTime).ToList();
        var bannerImages = new List<(Guid ImageId, string Title)>();
        var index = 0;
        foreach (var collection in DemoCatalogData.Collections)
        {
            foreach (var line in DemoCatalogData.Lines)
            {
                var product = await CreateProductAsync(collection, line, index, categoryIds[line.Category], storeList, ct);
                var imageId = await AddPictureAsync(tenant.Id, product, line, index, ct);
                await StockAsync(product, index, ct);
                if (index % 37 == 5)
                    bannerImages.Add((imageId, product.Title));
                index++;
            }
        }

        await AddBannersAsync(tenant.Id, storeList, bannerImages, ct);
    }

    private static System.Security.Claims.ClaimsPrincipal DemoOwner(Guid userId, Guid tenantId) => new(new System.Security.Claims.ClaimsIdentity(
        [
            new(CommerceClaimTypes.UserId, userId.ToString()), new(CommerceClaimTypes.TenantId, tenantId.ToString()),
            new(CommerceClaimTypes.UserName, IdentitySeedOptions.DemoOwnerEmail), new(CommerceClaimTypes.Role, CommerceRoleNames.Owner),
        ], "Seed", CommerceClaimTypes.UserName, CommerceClaimTypes.Role));

    private async Task<Dictionary<string, Guid>> CreateCategoriesAsync(CancellationToken ct)
    {
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var category in DemoCatalogData.Categories)
        {
            var created = await categories.CreateAsync(new CreateCategoryDto
            {
                Name = category.Name, Description = category.Description, ParentId = category.Parent is null ? null : ids[category.Parent],
            }, ct);
            ids[category.Name] = created.Id;
        }

        return ids;
    }

    private async Task<ProductDto> CreateProductAsync(
        string collection, DemoProductLine line, int index, Guid categoryId, List<Store> storeList, CancellationToken ct)
    {
        var colors = Enumerable.Range(0, line.Shape == DemoShape.Candle ? 0 : 2 + (index % 2))
            .Select(i => DemoCatalogData.Colors[(index * 3 + i * 7) % DemoCatalogData.Colors.Length].Name).Distinct().ToList();
        var options = new List<ProductOptionDto>();
        if (line.Sizes is { } sizes)
            options.Add(new ProductOptionDto { Name = "Size", Values = sizes });
        if (colors.Count > 0)
            options.Add(new ProductOptionDto { Name = "Color", Values = colors });
        var price = decimal.Round(line.Price * (1 + (index % 5 - 2) * 0.05m), 0) - 0.01m;
        var created = await products.CreateAsync(new CreateProductDto
        {
            Title = $"{collection} {line.Name}",
            Description = $"<p>{line.Description}</p><ul><li>{collection} collection</li><li>Free returns within 30 days</li></ul>",
            Tags = [line.Category.ToLowerInvariant(), collection.ToLowerInvariant()],
            StoreIds = [.. storeList.Where((_, i) => i == 0 || index % 3 == 0).Select(s => s.Id)],
            CategoryIds = [categoryId],
            Options = options,
            Sku = null,
            Price = price,
            CompareAtPrice = index % 6 == 0 ? price + 15m : null,
            WeightGrams = line.WeightGrams,
        }, ct);
        return await products.ActivateAsync(created.Id, ct);
    }

    private async Task<Guid> AddPictureAsync(Guid tenantId, ProductDto product, DemoProductLine line, int index, CancellationToken ct)
    {
        var color = product.Options.FirstOrDefault(o => o.Name == "Color")?.Values[0];
        var hex = DemoCatalogData.Colors.FirstOrDefault(c => c.Name == color).Hex ?? "#b08d57";
        var content = DemoProductPicture.Draw(line.Shape, hex, index);
        var inspected = ImageInspector.Inspect(content);
        var image = await imageManager.CreateAsync(product.Id, inspected.ContentType, inspected.Width, inspected.Height, inspected.ByteSize, ct);
        image.Describe($"{product.Title} in {color ?? "natural"}");
        using (var stream = new MemoryStream(content, writable: false))
            await blobs.SaveAsync(image.OriginalBlob(), stream, ct);
        await images.AddAsync(image, ct);
        await unitOfWork.SaveChangesAsync(ct);
        await thumbnails.ExecuteAsync(new GenerateProductImageThumbnailsArgs(tenantId, image.Id), ct);
        return image.Id;
    }

    /// <summary>Most variants well stocked, every seventh low, every thirteenth sold out: the low-stock view has something to show.</summary>
    private async Task StockAsync(ProductDto product, int index, CancellationToken ct)
    {
        var changes = product.Variants.Select((v, i) => new BulkStockChangeDto
        {
            VariantId = v.Id, Reason = StockMovementReason.Received, Note = "Opening stock",
            Quantity = (index + i) % 13 == 0 ? 0 : (index + i) % 7 == 0 ? 2 : 12 + (index * 7 + i * 5) % 40,
        }).Where(c => c.Quantity > 0).ToList();
        if (changes.Count > 0)
            await stock.ChangeManyAsync(new ChangeStockManyDto { Items = changes }, ct);
    }

    private async Task AddBannersAsync(Guid tenantId, List<Store> storeList, List<(Guid ImageId, string Title)> banners, CancellationToken ct)
    {
        foreach (var store in storeList)
        {
            var tracked = await stores.GetAsync(store.Id, ct);
            var theme = tracked.Theme;
            tracked.ChangeAppearance(tracked.LogoUrl, new StoreTheme(theme.PrimaryColor, theme.AccentColor, theme.BackgroundColor, theme.TextColor, theme.FontFamily,
                banners.Take(3).Select((b, i) => new StoreBanner(
                    string.Create(CultureInfo.InvariantCulture, $"/media/product-images/{tenantId}/{b.ImageId}/1024"),
                    i == 0 ? "New season, built to last" : b.Title, i == 0 ? "Layers for the city and the trail" : null, "/", i))));
        }

        await unitOfWork.SaveChangesAsync(ct);
    }
}
