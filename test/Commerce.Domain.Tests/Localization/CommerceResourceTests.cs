using System.Reflection;

namespace Commerce.Localization;

public sealed class CommerceResourceTests
{
    public static TheoryData<string> ErrorCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Collect(typeof(CommerceErrorCodes)))
            data.Add(code);
        return data;
    }

    [Theory]
    [MemberData(nameof(ErrorCodes))]
    public void Every_error_code_has_an_english_message(string code) =>
        CommerceResource.Texts.ShouldContainKey(code);

    [Fact]
    public void Every_error_code_follows_the_Commerce_module_reason_form() =>
        Collect(typeof(CommerceErrorCodes)).ShouldAllBe(code => code.StartsWith("Commerce:", StringComparison.Ordinal));

    [Fact]
    public void A_message_fills_its_placeholders_from_the_exception_data()
    {
        var text = CommerceResource.Format(CommerceErrorCodes.MultiTenancy.DuplicateTenantSlug, new Dictionary<string, object?> { ["slug"] = "acme" });

        text.ShouldBe("The slug 'acme' is taken by another store account.");
    }

    private static IEnumerable<string> Collect(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Concat(type.GetNestedTypes().SelectMany(Collect));
}
