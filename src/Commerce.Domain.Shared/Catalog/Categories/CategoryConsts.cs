namespace Commerce.Catalog.Categories;

public static class CategoryConsts
{
    public const int NameMaxLength = 128;
    public const int DescriptionMaxLength = 8000;
}
