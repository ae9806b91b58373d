namespace Commerce.Catalog.Products;

public static class ProductVariantConsts
{
    public const int SkuMaxLength = 64;
    public const int BarcodeMaxLength = 64;

    /// <summary>A product has at most this many variants, generated or added.</summary>
    public const int MaxVariantCount = 100;
    public const int MaxStorePriceCount = 100;

    /// <summary>Money columns are numeric(18,4): up to 14 digits before the point.</summary>
    public const int MoneyPrecision = 18;
    public const int MoneyScale = 4;
    public const string MaxPrice = "99999999999999.9999";
    public const int MaxWeightGrams = 10_000_000;
}
