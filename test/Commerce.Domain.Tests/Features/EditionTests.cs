namespace Commerce.Features;

public sealed class EditionTests
{
    private static readonly FeatureDefinition Products = CommerceFeatureDefinitions.Get(CommerceFeatures.Catalog.MaxProductCount);

    [Fact]
    public void A_value_is_kept_while_it_differs_from_the_default()
    {
        var edition = new Edition(Guid.CreateVersion7(), "Standard", "Standard");

        edition.SetFeatureValue(Products, "1000");

        edition.FindFeatureValue(Products.Name).ShouldBe("1000");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("25")]
    public void Setting_the_default_or_nothing_clears_the_value_so_the_default_applies(string? value)
    {
        var edition = new Edition(Guid.CreateVersion7(), "Standard", "Standard");
        edition.SetFeatureValue(Products, "1000");

        edition.SetFeatureValue(Products, value);

        edition.FindFeatureValue(Products.Name).ShouldBeNull();
        edition.FeatureValues.ShouldBeEmpty();
    }
}
