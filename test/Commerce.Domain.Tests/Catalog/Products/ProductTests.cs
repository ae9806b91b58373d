using Commerce.Catalog.AttributeSets;

namespace Commerce.Catalog.Products;

public sealed class ProductTests
{
    [Fact]
    public void A_draft_goes_active_then_archived_and_back_to_draft()
    {
        var product = ProductVariantsTests.NewProduct();

        product.Activate();
        product.Status.ShouldBe(ProductStatus.Active);
        product.Archive();
        product.Status.ShouldBe(ProductStatus.Archived);
        product.MoveToDraft();
        product.Status.ShouldBe(ProductStatus.Draft);
    }

    [Fact]
    public void An_archived_product_cannot_be_activated_directly_nor_a_status_be_set_twice()
    {
        var product = ProductVariantsTests.NewProduct();
        product.Archive();

        Should.Throw<BusinessException>(product.Activate).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidStatusTransition);
        Should.Throw<BusinessException>(product.Archive).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidStatusTransition);
    }

    [Fact]
    public void The_description_is_sanitized()
    {
        var product = ProductVariantsTests.NewProduct();

        product.Describe("<p onclick=\"steal()\">Soft</p><script>alert(1)</script>");

        product.Description.ShouldBe("<p>Soft</p>");
    }

    [Fact]
    public void Tags_are_trimmed_and_kept_once_and_store_ids_must_be_distinct_and_not_empty()
    {
        var product = ProductVariantsTests.NewProduct();
        var store = Guid.CreateVersion7();

        product.SetTags([" summer ", "Summer", "", "organic"]);

        product.Tags.ShouldBe(["summer", "organic"]);
        Should.Throw<BusinessException>(() => product.PublishTo([store, store])).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidStoreIds);
        Should.Throw<BusinessException>(() => product.PublishTo([Guid.Empty])).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidStoreIds);
    }

    [Fact]
    public void Attribute_values_are_checked_against_the_set_and_refused_without_one()
    {
        var product = ProductVariantsTests.NewProduct();
        var set = new AttributeSet(Guid.CreateVersion7(), "Apparel", [new AttributeDefinition("material", "Material", AttributeType.Text, true, null)]);

        product.SetAttributes(set, [new AttributeValue("material", Text: "Cotton")]);

        product.AttributeValues.Single().Text.ShouldBe("Cotton");
        Should.Throw<BusinessException>(() => product.SetAttributes(set, [])).Code.ShouldBe(CommerceErrorCodes.Catalog.MissingRequiredAttribute);
        Should.Throw<BusinessException>(() => product.SetAttributes(null, [new AttributeValue("material", Text: "x")]))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.UnknownAttribute);
    }
}
