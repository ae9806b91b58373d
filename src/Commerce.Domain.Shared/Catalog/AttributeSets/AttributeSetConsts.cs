namespace Commerce.Catalog.AttributeSets;

public static class AttributeSetConsts
{
    public const int NameMaxLength = 128;
    public const int MaxAttributeCount = 100;
    public const int CodeMaxLength = 64;
    public const int LabelMaxLength = 128;
    public const int OptionMaxLength = 128;
    public const int MaxOptionCount = 200;
    public const int TextValueMaxLength = 2048;

    /// <summary>An attribute's code: lower-case letters, digits and underscores, starting with a letter.</summary>
    public const string CodePattern = "^[a-z][a-z0-9_]*$";
}
