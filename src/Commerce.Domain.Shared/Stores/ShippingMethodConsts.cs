namespace Commerce.Stores;

public static class ShippingMethodConsts
{
    public const int NameMaxLength = 128;
    public const int DescriptionMaxLength = 512;
    public const int MaxWeightRates = 50;
    public const int MaxDestinations = 250;
    public const int MaxRegionsPerCountry = 100;
    public const int RegionCodeMaxLength = 8;
}
