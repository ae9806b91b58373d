using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Commerce.Features;
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

    /// <summary>A new tenant on the seeded Standard plan, and a client signed in as its owner.</summary>
    protected async Task<HttpClient> OwnerOfNewTenantAsync()
    {
        var editions = await Client.GetFromJsonAsync<List<EditionDto>>("/api/host/features/editions", Json, Ct);
        var input = TenantInput.Create(editionId: editions!.Single(e => e.Name == EditionDataSeedContributor.Standard).Id);
        (await Client.PostAsJsonAsync(TenantsUrl, input, Ct)).EnsureSuccessStatusCode();
        return host.CreateClient(await host.SignInAsync(input.Slug, input.OwnerEmail, input.OwnerPassword));
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
