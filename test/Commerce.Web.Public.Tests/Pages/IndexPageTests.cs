using AngleSharp.Html.Parser;
using Commerce.TestBase.Http;

namespace Commerce.Web.Public.Pages;

public sealed class IndexPageTests(TestHost host) : IClassFixture<TestHost>
{
    [Fact]
    public async Task The_platform_home_page_is_valid_html_with_one_heading_and_the_entry_points()
    {
        using var client = host.CreateClient(accessToken: null);

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);

        document.QuerySelectorAll("h1").Select(h => h.TextContent).ShouldBe(["Commerce"]);
        document.DocumentElement.GetAttribute("lang").ShouldBe("en");
        document.QuerySelector("meta[name=description]")!.GetAttribute("content").ShouldNotBeNullOrWhiteSpace();
        document.QuerySelector("main").ShouldNotBeNull();
        var links = document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain("/admin/");
        links.ShouldContain("/scalar");
    }
}
