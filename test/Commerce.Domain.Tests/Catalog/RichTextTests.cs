namespace Commerce.Catalog;

public sealed class RichTextTests
{
    [Fact]
    public void Scripts_and_event_handlers_are_removed_and_formatting_is_kept()
    {
        var html = RichText.Sanitize("<p>Soft <strong>cotton</strong></p><script>alert('x')</script><img src=\"t.png\" onerror=\"alert(1)\">")!;

        html.ShouldContain("<strong>cotton</strong>");
        html.ShouldContain("<img src=\"t.png\">");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("onerror", Case.Insensitive);
        html.ShouldNotContain("alert");
    }

    [Fact]
    public void A_javascript_link_loses_its_target()
    {
        var html = RichText.Sanitize("<a href=\"javascript:alert(1)\">click</a>")!;

        html.ShouldNotContain("javascript", Case.Insensitive);
        html.ShouldContain("click");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("<script>alert(1)</script>")]
    public void Nothing_left_after_sanitizing_is_no_description(string? html) =>
        RichText.Sanitize(html).ShouldBeNull();
}
