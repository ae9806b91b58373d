using System.Net;
using System.Net.Http.Json;
using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.MultiTenancy;

public sealed class TenantLifecycleApiTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task A_suspended_tenant_is_refused_with_403_until_it_is_reactivated()
    {
        var tenant = await CreateTenantAsync();

        var suspended = await Client.PostAsJsonAsync($"{TenantsUrl}/{tenant.Id}/suspend", new { reason = "Unpaid invoice" }, Ct);
        var refused = await SendAsTenantAsync(tenant.Slug);

        suspended.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await suspended.Content.ReadFromJsonAsync<TenantDto>(Json, Ct))!.Status.ShouldBe(TenantStatus.Suspended);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.MultiTenancy.TenantUnavailable);

        (await Client.PostAsync($"{TenantsUrl}/{tenant.Id}/reactivate", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsTenantAsync(tenant.Slug)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Suspending_without_a_reason_answers_400_and_leaves_the_tenant_active()
    {
        var tenant = await CreateTenantAsync();

        var response = await Client.PostAsJsonAsync($"{TenantsUrl}/{tenant.Id}/suspend", new { reason = "" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Client.GetFromJsonAsync<TenantDto>($"{TenantsUrl}/{tenant.Id}", Json, Ct))!.Status.ShouldBe(TenantStatus.Active);
    }

    [Fact]
    public async Task Reactivating_an_active_tenant_answers_409_TenantNotSuspended()
    {
        var tenant = await CreateTenantAsync();

        var response = await Client.PostAsync($"{TenantsUrl}/{tenant.Id}/reactivate", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.MultiTenancy.TenantNotSuspended);
    }

    [Fact]
    public async Task A_tenant_cannot_be_put_on_an_edition_that_does_not_exist()
    {
        var response = await Client.PostAsJsonAsync(TenantsUrl, TenantInput.Create(editionId: Guid.CreateVersion7()), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.MultiTenancy.EditionNotFound);
    }

    private Task<HttpResponseMessage> SendAsTenantAsync(string slug)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add(TenantResolutionConsts.TenantKey, slug);
        return Client.SendAsync(request, Ct);
    }
}
