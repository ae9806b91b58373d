using System.Net;
using Commerce.TestBase.Database;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Hosting;

public sealed class JobsDashboardTests(TestDatabase database) : HttpTestBase(database)
{
    [Fact]
    public async Task The_jobs_dashboard_opens_from_this_machine()
    {
        var response = await Client.GetAsync("/hangfire", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Commerce jobs");
    }

    [Fact]
    public async Task The_jobs_dashboard_refuses_a_remote_caller()
    {
        await using var remote = new CommerceWebApplicationFactory(Database, overLoopback: false);
        using var client = remote.CreateClient();

        var response = await client.GetAsync("/hangfire", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
