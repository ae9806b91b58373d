using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi;

/// <summary>The whole host on the class's own database; <see cref="Client"/> is the signed-in platform administrator.</summary>
public abstract class HttpTestBase(TestHost host) : IClassFixture<TestHost>, IDisposable
{
    protected const string TenantsUrl = "/api/host/multi-tenancy/tenants";

    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private HttpClient? client;

    protected TestHost Host => host;

    protected HttpClient Client => client ??= host.CreateClient(host.AdminToken);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static string NewSlug(string stem) => $"{stem}-{Guid.NewGuid():N}"[..30];

    protected async Task<TenantDto> CreateTenantAsync(string? slug = null)
    {
        var response = await Client.PostAsJsonAsync(TenantsUrl, TenantInput.Create(slug: slug), Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TenantDto>(Json, Ct))!;
    }

    protected static async Task<JsonElement> ReadProblemAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        client?.Dispose();
        GC.SuppressFinalize(this);
    }
}
