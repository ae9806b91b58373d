using Commerce.Guids;

namespace Commerce.Catalog.Products;

public sealed class ProductVariantsTests
{
    private static readonly SequentialGuidGenerator Guids = new(TimeProvider.System);

    [Fact]
    public void A_new_product_is_a_draft_with_one_default_variant_without_option_values()
    {
        var product = NewProduct();

        product.Status.ShouldBe(ProductStatus.Draft);
        product.Variants.Single().OptionValues.ShouldBeEmpty();
        product.Variants.Single().Sku.ShouldBe("TEE");
        product.MinPrice.ShouldBe(20m);
    }

    [Fact]
    public void Options_generate_every_combination_in_order_and_the_default_variant_becomes_the_first()
    {
        var product = NewProduct();
        var defaultId = product.Variants[0].Id;

        product.SetOptions([new ProductOption("Size", ["S", "M"]), new ProductOption("Color", ["Red", "Blue"])], Guids);

        product.Variants.Select(v => string.Join('/', v.OptionValues)).ShouldBe(["S/Red", "S/Blue", "M/Red", "M/Blue"]);
        product.Variants.Select(v => v.Position).ShouldBe([0, 1, 2, 3]);
        product.Variants[0].Id.ShouldBe(defaultId);
        product.Variants[0].Sku.ShouldBe("TEE");
        product.Variants.Skip(1).ShouldAllBe(v => v.Sku == null && v.Price == 20m);
    }

    [Fact]
    public void Regenerating_keeps_the_variants_that_still_match_and_drops_the_others()
    {
        var product = NewProduct();
        product.SetOptions([new ProductOption("Size", ["S", "M", "L"])], Guids);
        var medium = product.Variants.Single(v => v.OptionValues[0] == "M");
        product.UpdateVariant(medium.Id, new VariantDetails("TEE-M", 22m));

        product.SetOptions([new ProductOption("Size", ["M", "XL"]), new ProductOption("Fit", ["Slim"])], Guids);

        product.Variants.Select(v => string.Join('/', v.OptionValues)).ShouldBe(["M/Slim", "XL/Slim"]);
        product.Variants[0].Id.ShouldBe(medium.Id);
        product.Variants[0].Sku.ShouldBe("TEE-M");
    }

    [Fact]
    public void Removing_every_option_leaves_exactly_one_default_variant()
    {
        var product = NewProduct();
        product.SetOptions([new ProductOption("Size", ["S", "M"])], Guids);
        var first = product.Variants[0].Id;

        product.SetOptions([], Guids);

        product.Variants.Single().Id.ShouldBe(first);
        product.Variants.Single().OptionValues.ShouldBeEmpty();
    }

    [Fact]
    public void A_variant_added_by_hand_needs_a_value_of_each_option_and_a_new_combination()
    {
        var product = NewProduct();
        product.SetOptions([new ProductOption("Size", ["S", "M"]), new ProductOption("Color", ["Red"])], Guids);
        product.RemoveVariant(product.Variants.Single(v => v.OptionValues[0] == "M").Id);

        var added = product.AddVariant(Guids.Create(), ["m", "red"], new VariantDetails("TEE-M-RED", 21m));

        added.OptionValues.ShouldBe(["M", "Red"]);
        Should.Throw<BusinessException>(() => product.AddVariant(Guids.Create(), ["M", "Red"], new VariantDetails(null, 1m)))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateVariantOptions);
        Should.Throw<BusinessException>(() => product.AddVariant(Guids.Create(), ["XL", "Red"], new VariantDetails(null, 1m)))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidVariantOptions);
        Should.Throw<BusinessException>(() => product.AddVariant(Guids.Create(), ["S"], new VariantDetails(null, 1m)))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidVariantOptions);
    }

    [Fact]
    public void Options_are_at_most_three_with_distinct_names_and_values()
    {
        var product = NewProduct();
        ProductOption[] four = [new("A", ["1"]), new("B", ["1"]), new("C", ["1"]), new("D", ["1"])];

        Should.Throw<BusinessException>(() => product.SetOptions(four, Guids)).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidProductOptions);
        Should.Throw<BusinessException>(() => product.SetOptions([new("Size", ["S"]), new("size", ["M"])], Guids)).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidProductOptions);
        Should.Throw<BusinessException>(() => new ProductOption("Size", ["S", "s"])).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidProductOptions);
        Should.Throw<BusinessException>(() => new ProductOption("Size", [])).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidProductOptions);
    }

    [Fact]
    public void More_combinations_than_a_product_may_have_fail_with_TooManyVariants()
    {
        var product = NewProduct();
        var values = Enumerable.Range(1, 11).Select(i => $"V{i}").ToList();

        var ex = Should.Throw<BusinessException>(() => product.SetOptions([new("A", values), new("B", values)], Guids));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.TooManyVariants);
    }

    [Fact]
    public void The_last_variant_stays_and_two_variants_of_a_product_cannot_share_a_sku()
    {
        var product = NewProduct();

        Should.Throw<BusinessException>(() => product.RemoveVariant(product.Variants[0].Id)).Code.ShouldBe(CommerceErrorCodes.Catalog.LastVariant);
        product.SetOptions([new ProductOption("Size", ["S", "M"])], Guids);
        Should.Throw<BusinessException>(() => product.UpdateVariant(product.Variants[1].Id, new VariantDetails("tee", 20m)))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateSku);
    }

    internal static Product NewProduct() => new(Guids.Create(), "Organic T-Shirt", "organic-t-shirt", Guids.Create(), new VariantDetails("TEE", 20m));
}
