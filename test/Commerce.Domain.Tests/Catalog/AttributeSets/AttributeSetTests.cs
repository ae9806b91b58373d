namespace Commerce.Catalog.AttributeSets;

public sealed class AttributeSetTests
{
    private static readonly AttributeSet Apparel = new(Guid.CreateVersion7(), "Apparel",
    [
        new AttributeDefinition("material", "Material", AttributeType.Text, isRequired: true, options: null),
        new AttributeDefinition("weight_class", "Weight class", AttributeType.Number, isRequired: false, options: null),
        new AttributeDefinition("organic", "Organic", AttributeType.Boolean, isRequired: false, options: null),
        new AttributeDefinition("fit", "Fit", AttributeType.SingleSelect, isRequired: false, options: ["Slim", "Regular"]),
        new AttributeDefinition("seasons", "Seasons", AttributeType.MultiSelect, isRequired: false, options: ["Spring", "Summer", "Winter"]),
    ]);

    [Fact]
    public void Values_of_every_type_are_kept_in_the_set_s_order_with_the_options_spelled_as_defined()
    {
        var values = Apparel.Validate(
        [
            new AttributeValue("seasons", Options: ["winter", "Spring"]),
            new AttributeValue("fit", Options: ["slim"]),
            new AttributeValue("organic", Boolean: true),
            new AttributeValue("weight_class", Number: 180m),
            new AttributeValue("material", Text: "  Cotton "),
        ]);

        values.Select(v => v.Code).ShouldBe(["material", "weight_class", "organic", "fit", "seasons"]);
        values[0].Text.ShouldBe("Cotton");
        values[3].Options.ShouldBe(["Slim"]);
        values[4].Options.ShouldBe(["Spring", "Winter"]);
    }

    [Fact]
    public void A_missing_required_value_fails_with_MissingRequiredAttribute()
    {
        var ex = Should.Throw<BusinessException>(() => Apparel.Validate([new AttributeValue("organic", Boolean: false)]));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.MissingRequiredAttribute);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
        ex.Details["code"].ShouldBe("material");
    }

    [Fact]
    public void A_value_for_an_attribute_the_set_does_not_have_fails_with_UnknownAttribute()
    {
        var ex = Should.Throw<BusinessException>(() => Apparel.Validate([new AttributeValue("material", Text: "Wool"), new AttributeValue("color", Text: "Red")]));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.UnknownAttribute);
    }

    [Theory]
    [InlineData("weight_class", "heavy", null, null)]
    [InlineData("organic", null, 1, null)]
    [InlineData("fit", null, null, "Baggy")]
    [InlineData("seasons", null, null, "Autumn")]
    [InlineData("material", "", null, null)]
    public void A_value_of_the_wrong_type_or_outside_the_options_fails_with_InvalidAttributeValue(string code, string? text, int? number, string? option)
    {
        var value = new AttributeValue(code, text, number, Options: option is null ? null : [option]);

        var ex = Should.Throw<BusinessException>(() => Apparel.Validate([new AttributeValue("material", Text: "Wool"), value]));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidAttributeValue);
        ex.Details["code"].ShouldBe(code);
    }

    [Fact]
    public void A_single_select_takes_exactly_one_option_and_a_multi_select_no_option_twice()
    {
        Should.Throw<BusinessException>(() => Apparel.Validate([new AttributeValue("material", Text: "Wool"), new AttributeValue("fit", Options: ["Slim", "Regular"])]))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidAttributeValue);
        Should.Throw<BusinessException>(() => Apparel.Validate([new AttributeValue("material", Text: "Wool"), new AttributeValue("seasons", Options: ["Summer", "summer"])]))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidAttributeValue);
    }

    [Fact]
    public void Two_attributes_with_one_code_fail_with_DuplicateAttributeCode()
    {
        var ex = Should.Throw<BusinessException>(() => new AttributeSet(Guid.CreateVersion7(), "Mugs",
        [
            new AttributeDefinition("volume", "Volume", AttributeType.Number, false, null),
            new AttributeDefinition("volume", "Volume (ml)", AttributeType.Number, false, null),
        ]));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateAttributeCode);
    }

    [Theory]
    [InlineData("Volume")]
    [InlineData("1st")]
    [InlineData("with space")]
    public void A_code_that_is_not_lower_case_letters_digits_and_underscores_fails_with_InvalidAttributeCode(string code) =>
        Should.Throw<BusinessException>(() => new AttributeDefinition(code, "Label", AttributeType.Text, false, null))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidAttributeCode);

    [Fact]
    public void A_select_needs_distinct_options_and_the_other_types_take_none()
    {
        Should.Throw<BusinessException>(() => new AttributeDefinition("fit", "Fit", AttributeType.SingleSelect, false, []))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidAttributeOptions);
        Should.Throw<BusinessException>(() => new AttributeDefinition("fit", "Fit", AttributeType.MultiSelect, false, ["Slim", "slim"]))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidAttributeOptions);
        Should.Throw<BusinessException>(() => new AttributeDefinition("note", "Note", AttributeType.Text, false, ["x"]))
            .Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidAttributeOptions);
    }
}
