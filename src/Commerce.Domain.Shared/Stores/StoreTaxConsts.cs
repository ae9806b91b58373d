namespace Commerce.Stores;

public static class StoreTaxConsts
{
    public const double MaxRatePercent = 100;
    public const int RateDecimals = 3;
}
