namespace Commerce.Features;

public sealed class FeatureDefinitionTests
{
    [Theory]
    [InlineData(CommerceFeatures.Stores.MultiStore, "True", "true")]
    [InlineData(CommerceFeatures.Stores.MultiStore, " false ", "false")]
    [InlineData(CommerceFeatures.Catalog.MaxProductCount, "0100", "100")]
    public void A_value_is_stored_in_its_canonical_form(string feature, string value, string expected) =>
        CommerceFeatureDefinitions.Get(feature).Normalize(value).ShouldBe(expected);

    [Theory]
    [InlineData(CommerceFeatures.Stores.MultiStore, "yes")]
    [InlineData(CommerceFeatures.Catalog.MaxProductCount, "-1")]
    [InlineData(CommerceFeatures.Catalog.MaxProductCount, "ten")]
    [InlineData(CommerceFeatures.Catalog.MaxProductCount, "99999999999")]
    public void A_value_of_the_wrong_type_fails_with_InvalidFeatureValue(string feature, string value)
    {
        var ex = Should.Throw<BusinessException>(() => CommerceFeatureDefinitions.Get(feature).Normalize(value));

        ex.Code.ShouldBe(CommerceErrorCodes.Features.InvalidFeatureValue);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
    }

    [Fact]
    public void A_selection_takes_only_its_allowed_values()
    {
        var tier = new FeatureDefinition("Test.Tier", "Tier", "Test", FeatureValueType.Selection, "basic", ["basic", "gold"]);

        tier.Normalize("gold").ShouldBe("gold");
        Should.Throw<BusinessException>(() => tier.Normalize("platinum"));
    }

    [Fact]
    public void An_unknown_feature_fails_with_UnknownFeature() =>
        Should.Throw<BusinessException>(() => CommerceFeatureDefinitions.Get("Commerce.Nope")).Code.ShouldBe(CommerceErrorCodes.Features.UnknownFeature);

    [Fact]
    public void The_issue_named_features_are_all_defined() =>
        new[]
        {
            CommerceFeatures.Catalog.MaxProductCount, CommerceFeatures.Identity.MaxStaffCount, CommerceFeatures.Stores.MaxStoreCount,
            CommerceFeatures.Integrations.MaxIntegrationCount, CommerceFeatures.Stores.MultiStore, CommerceFeatures.Promotions.Advanced,
            CommerceFeatures.Pos.Enabled, CommerceFeatures.Integrations.Enabled, CommerceFeatures.Loyalty.Enabled, CommerceFeatures.Analytics.Advanced,
        }.ShouldAllBe(name => CommerceFeatureDefinitions.Find(name) != null);
}
