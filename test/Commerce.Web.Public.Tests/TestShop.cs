using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Commerce.Catalog.Categories;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Inventory;
using Commerce.MultiTenancy;
using Commerce.Stores;
using Commerce.Stores.Media;

namespace Commerce.Web.Public;

/// <summary>A tenant's store arranged through the API as its owner would: categories, active products and stock.</summary>
public sealed class TestShop(TenantDto tenant, HttpClient owner, StoreDto store) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public TenantDto Tenant => tenant;

    public HttpClient Owner => owner;

    public StoreDto Store { get; private set; } = store;

    public string Host => $"{Store.Slug}.localhost";

    public async Task<CategoryDto> AddCategoryAsync(string name, Guid? parentId = null, bool hidden = false)
    {
        var response = await owner.PostAsJsonAsync("/api/catalog/categories", new CreateCategoryDto { Name = name, ParentId = parentId, IsHidden = hidden }, Json, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CategoryDto>(Json, Ct))!;
    }

    /// <summary>A product published to the store and activated, with the given stock on each variant.</summary>
    public async Task<ProductDto> AddProductAsync(CreateProductDto input, int stock = 5, bool activate = true)
    {
        var response = await owner.PostAsJsonAsync("/api/catalog/products", input with { StoreIds = [Store.Id] }, Json, Ct);
        response.EnsureSuccessStatusCode();
        var product = (await response.Content.ReadFromJsonAsync<ProductDto>(Json, Ct))!;
        if (activate)
            (await owner.PostAsync($"/api/catalog/products/{product.Id}/activate", null, Ct)).EnsureSuccessStatusCode();
        if (stock > 0)
        {
            foreach (var variant in product.Variants)
                (await owner.PostAsJsonAsync($"/api/inventory/stock/{variant.Id}/changes", new ChangeStockDto { Quantity = stock }, Json, Ct)).EnsureSuccessStatusCode();
        }

        return (await owner.GetFromJsonAsync<ProductDto>($"/api/catalog/products/{product.Id}", Json, Ct))!;
    }

    /// <summary>A PNG uploaded to the product's gallery, as the backoffice uploads it.</summary>
    public async Task<ProductImageDto> AddImageAsync(ProductDto product, byte[] png)
    {
        var file = new ByteArrayContent(png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } };
        using var form = new MultipartFormDataContent { { file, "file", "photo.png" } };
        var response = await owner.PostAsync($"/api/catalog/products/{product.Id}/images", form, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProductImageDto>(Json, Ct))!;
    }

    /// <summary>A picture uploaded for the store's logo or a banner, as the Appearance tab uploads it.</summary>
    public async Task<StoreMediaDto> UploadStoreMediaAsync(byte[] png)
    {
        var file = new ByteArrayContent(png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } };
        using var form = new MultipartFormDataContent { { file, "file", "logo.png" } };
        var response = await owner.PostAsync($"/api/stores/{Store.Id}/media", form, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StoreMediaDto>(Json, Ct))!;
    }

    public async Task<ProductDto> UpdateProductAsync(ProductDto product, Func<UpdateProductDto, UpdateProductDto> change)
    {
        var response = await owner.PutAsJsonAsync($"/api/catalog/products/{product.Id}", change(Commerce.TestBase.Builders.ProductInput.Update(product)), Json, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProductDto>(Json, Ct))!;
    }

    public async Task UpdateStoreAsync(Func<UpdateStoreDto, UpdateStoreDto> change)
    {
        var response = await owner.PutAsJsonAsync($"/api/stores/{Store.Id}", change(Commerce.TestBase.Builders.StoreInput.Update(Store)), Json, Ct);
        response.EnsureSuccessStatusCode();
        Store = (await response.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!;
    }

    public void Dispose() => owner.Dispose();
}
