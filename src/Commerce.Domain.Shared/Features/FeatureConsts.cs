namespace Commerce.Features;

public static class FeatureConsts
{
    public const int NameMaxLength = 128;
    public const int ValueMaxLength = 128;
}
