using System.Net;
using System.Net.Http.Json;
using Commerce.MultiTenancy;
using Commerce.TestBase.Database;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.ExceptionHandling;

public sealed class ProblemResponseTests(TestDatabase database) : HttpTestBase(database)
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

        var response = await Client.PostAsJsonAsync(TenantsUrl, new { name = "Copycat", slug = tenant.Slug }, Ct);

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
    public async Task A_caller_that_is_not_allowed_answers_401_Unauthorized()
    {
        await using var remote = new CommerceWebApplicationFactory(Database, overLoopback: false);
        using var client = remote.CreateClient();

        var response = await client.GetAsync(TenantsUrl, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_failure_of_the_database_answers_500_with_only_a_trace_id()
    {
        // Nothing listens on port 1: every query fails inside Npgsql.
        await using var broken = new CommerceWebApplicationFactory("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");
        using var client = broken.CreateClient();

        var response = await client.GetAsync(TenantsUrl, Ct);

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
