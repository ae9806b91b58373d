namespace Commerce.Catalog.Products;

public static class ProductConsts
{
    public const int TitleMaxLength = 255;
    public const int DescriptionMaxLength = 65536;
    public const int SeoTitleMaxLength = 255;
    public const int SeoDescriptionMaxLength = 1024;
    public const int TagMaxLength = 64;
    public const int MaxTagCount = 50;
    public const int MaxStoreCount = 100;
    public const int MaxCategoryCount = 50;
    public const int MaxAttributeValueCount = 100;

    /// <summary>At most three options (Size, Color, Material), as Shopify allows.</summary>
    public const int MaxOptionCount = 3;
    public const int OptionNameMaxLength = 64;
    public const int OptionValueMaxLength = 64;
    public const int MaxOptionValueCount = 100;
}
