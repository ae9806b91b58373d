using System.Net;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Hosting;

public sealed class HostEndpointsTests(TestHost host) : HttpTestBase(host)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        var response = await Client.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_tenant_endpoints_and_their_problems()
    {
        var document = await Client.GetStringAsync("/openapi/v1.json", Ct);

        document.ShouldContain("\"/api/host/multi-tenancy/tenants/{id}\"");
        document.ShouldContain("application/problem+json");
    }

    [Fact]
    public async Task The_API_reference_is_served_without_any_third_party_host()
    {
        var page = await Client.GetStringAsync("/scalar", Ct);

        page.ShouldContain("<html", Case.Insensitive);
        page.ShouldNotContain("cdn.jsdelivr.net");
    }
}
