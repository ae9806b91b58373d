using Commerce.Catalog.AttributeSets;

namespace Commerce.Catalog.Products;

internal static class ProductMapper
{
    public static ProductDto ToDto(Product product) => new()
    {
        Id = product.Id,
        Title = product.Title,
        Handle = product.Handle,
        Description = product.Description,
        Status = product.Status,
        SeoTitle = product.SeoTitle,
        SeoDescription = product.SeoDescription,
        Tags = product.Tags.ToList(),
        StoreIds = product.StoreIds.ToList(),
        CategoryIds = product.Categories.Select(c => c.CategoryId).ToList(),
        AttributeSetId = product.AttributeSetId,
        AttributeValues = product.AttributeValues.Select(v => new AttributeValueDto
        {
            Code = v.Code, Text = v.Text, Number = v.Number, Boolean = v.Boolean, Options = v.Options,
        }).ToList(),
        Options = product.Options.Select(o => new ProductOptionDto { Name = o.Name, Values = o.Values }).ToList(),
        Variants = product.Variants.OrderBy(v => v.Position).Select(ToDto).ToList(),
        MinPrice = product.MinPrice,
        CreationTime = product.CreationTime,
        LastModificationTime = product.LastModificationTime,
        Version = product.Version,
    };

    public static IQueryable<ProductListItemDto> ProjectToListItem(IQueryable<Product> query) =>
        query.Select(p => new ProductListItemDto
        {
            Id = p.Id,
            Title = p.Title,
            Handle = p.Handle,
            Status = p.Status,
            MinPrice = p.MinPrice,
            VariantCount = p.Variants.Count,
            Tags = p.Tags,
            CreationTime = p.CreationTime,
            LastModificationTime = p.LastModificationTime,
            Version = p.Version,
        });

    public static List<AttributeValue> ToValues(IEnumerable<AttributeValueDto> values) =>
        values.Select(v => new AttributeValue(v.Code, v.Text, v.Number, v.Boolean, v.Options)).ToList();

    public static List<ProductOption> ToOptions(IEnumerable<ProductOptionDto> options) =>
        options.Select(o => new ProductOption(o.Name, o.Values)).ToList();

    public static VariantDetails ToDetails(CreateProductDto input) =>
        new(input.Sku, input.Price, input.Barcode, input.CompareAtPrice, WeightGrams: input.WeightGrams);

    public static VariantDetails ToDetails(CreateProductVariantDto input) =>
        new(input.Sku, input.Price, input.Barcode, input.CompareAtPrice, input.SpecialPrice, input.SpecialPriceStart, input.SpecialPriceEnd, input.WeightGrams);

    public static VariantDetails ToDetails(UpdateProductVariantDto input) =>
        new(input.Sku, input.Price, input.Barcode, input.CompareAtPrice, input.SpecialPrice, input.SpecialPriceStart, input.SpecialPriceEnd, input.WeightGrams);

    private static ProductVariantDto ToDto(ProductVariant variant) => new()
    {
        Id = variant.Id,
        Sku = variant.Sku,
        Barcode = variant.Barcode,
        Price = variant.Price,
        CompareAtPrice = variant.CompareAtPrice,
        SpecialPrice = variant.SpecialPrice,
        SpecialPriceStart = variant.SpecialPriceStart,
        SpecialPriceEnd = variant.SpecialPriceEnd,
        WeightGrams = variant.WeightGrams,
        Position = variant.Position,
        OptionValues = variant.OptionValues,
        StorePrices = variant.StorePrices.Select(p => new VariantStorePriceDto { StoreId = p.StoreId, Price = p.Price }).ToList(),
    };
}
