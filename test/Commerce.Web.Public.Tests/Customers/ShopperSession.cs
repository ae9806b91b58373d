using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Commerce.TestBase.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.Web.Public.Customers;

/// <summary>A shopper's browser on one store host: it keeps cookies, follows redirects and posts forms with their tokens.</summary>
public sealed class ShopperSession(HttpClient client) : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public HttpClient Client => client;

    public static ShopperSession Open(TestHost host, string storeHost) =>
        new(host.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{storeHost}") }));

    public async Task<IHtmlDocument> GetPageAsync(string path) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(path, Ct));

    /// <summary>Fills the page's form (in the main landmark: the one posting to the action, or the first) and submits it with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var page = await GetPageAsync(path);
        var form = page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().First(f => action is null || f.GetAttribute("action") == action);
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is not null && i.Type == "hidden")
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
            values[name] = value;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(form.GetAttribute("action") is { Length: > 0 } target ? target : path, content, Ct);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Ct));

    public void Dispose() => client.Dispose();
}
