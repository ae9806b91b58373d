namespace Commerce.Features;

public static class EditionConsts
{
    public const int NameMaxLength = 64;
    public const int DisplayNameMaxLength = 128;
}
