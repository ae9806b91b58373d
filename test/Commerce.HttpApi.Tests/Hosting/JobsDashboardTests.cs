using System.Net;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Hosting;

public sealed class JobsDashboardTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task The_jobs_dashboard_opens_for_a_platform_administrator()
    {
        var response = await Client.GetAsync("/hangfire", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Commerce jobs");
    }

    [Fact]
    public async Task The_jobs_dashboard_refuses_an_anonymous_caller()
    {
        using var client = Host.CreateClient(accessToken: null);

        var response = await client.GetAsync("/hangfire", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
