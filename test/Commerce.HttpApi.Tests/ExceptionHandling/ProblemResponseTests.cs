using System.Net;
using System.Net.Http.Json;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.ExceptionHandling;

public sealed class ProblemResponseTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task Invalid_input_answers_400_with_the_field_errors_and_writes_nothing()
    {
        var before = await CountTenantsAsync();

        var response = await Client.PostAsJsonAsync(TenantsUrl, new { name = "", slug = "Not A Slug!" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Validation);
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("Name", out _).ShouldBeTrue();
        errors.TryGetProperty("Slug", out _).ShouldBeTrue();
        (await CountTenantsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_id_answers_404_NotFound()
    {
        var response = await Client.GetAsync($"{TenantsUrl}/{Guid.CreateVersion7()}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.NotFound);
    }

    [Fact]
    public async Task A_taken_slug_answers_409_DuplicateTenantSlug()
    {
        var tenant = await CreateTenantAsync();

        var response = await Client.PostAsJsonAsync(TenantsUrl, TenantInput.Create("Copycat") with { Slug = tenant.Slug }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.MultiTenancy.DuplicateTenantSlug);
        problem.GetProperty("title").GetString()!.ShouldContain(tenant.Slug);
    }

    [Fact]
    public async Task Of_two_concurrent_updates_from_one_version_the_second_answers_409_StaleVersion()
    {
        var tenant = await CreateTenantAsync();

        var responses = await Task.WhenAll(
            Client.PutAsJsonAsync($"{TenantsUrl}/{tenant.Id}", new { name = "First", slug = tenant.Slug, version = tenant.Version }, Ct),
            Client.PutAsJsonAsync($"{TenantsUrl}/{tenant.Id}", new { name = "Second", slug = tenant.Slug, version = tenant.Version }, Ct));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var problem = await ReadProblemAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict));
        problem.GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.StaleVersion);
    }

    [Fact]
    public async Task A_caller_without_a_token_answers_401_Unauthorized()
    {
        using var client = Host.CreateClient(accessToken: null);

        var response = await client.GetAsync(TenantsUrl, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_tenant_user_on_a_Center_Control_endpoint_answers_403_Forbidden()
    {
        var owner = await Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, IdentitySeedOptions.DemoOwnerEmail, IdentitySeedOptions.DemoOwnerPassword);
        using var client = Host.CreateClient(owner);

        var response = await client.GetAsync(TenantsUrl, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_failure_of_the_database_answers_500_with_only_a_trace_id()
    {
        // Nothing listens on port 1: every query fails inside Npgsql.
        await using var broken = new CommerceWebApplicationFactory("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");
        using var client = broken.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Headers = { { TenantResolutionConsts.TenantKey, "demo" } } };

        // Resolving the named tenant reads the database.
        var response = await client.SendAsync(request, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var problem = await ReadProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.InternalError);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("Npgsql");
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("SELECT");
    }

    private async Task<long> CountTenantsAsync() =>
        (await Client.GetFromJsonAsync<Application.Dtos.PagedResultDto<TenantDto>>($"{TenantsUrl}?maxResultCount=1", Json, Ct))!.TotalCount;
}
