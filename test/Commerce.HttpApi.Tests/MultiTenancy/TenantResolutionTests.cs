using System.Net;
using Commerce.MultiTenancy;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.MultiTenancy;

public sealed class TenantResolutionTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task A_known_tenant_named_by_header_is_accepted()
    {
        var tenant = await CreateTenantAsync();

        var bySlug = await SendAsync(header: tenant.Slug);
        var byId = await SendAsync(header: tenant.Id.ToString());

        bySlug.StatusCode.ShouldBe(HttpStatusCode.OK);
        byId.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_tenant_answers_404_TenantNotFound()
    {
        var response = await SendAsync(header: "no-such-shop");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.MultiTenancy.TenantNotFound);
    }

    [Fact]
    public async Task A_tenant_sub_domain_is_resolved_from_the_host()
    {
        var tenant = await CreateTenantAsync();

        var response = await SendAsync(host: $"{tenant.Slug}.localhost");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_header_and_a_host_that_name_different_tenants_are_refused_with_TenantMismatch()
    {
        var first = await CreateTenantAsync();
        var second = await CreateTenantAsync();

        var response = await SendAsync(header: first.Slug, host: $"{second.Slug}.localhost");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.MultiTenancy.TenantMismatch);
    }

    private Task<HttpResponseMessage> SendAsync(string? header = null, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        if (header is not null)
            request.Headers.Add(TenantResolutionConsts.TenantKey, header);
        if (host is not null)
            request.Headers.Host = host;
        return Client.SendAsync(request, Ct);
    }
}
