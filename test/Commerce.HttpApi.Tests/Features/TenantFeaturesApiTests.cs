using System.Net;
using System.Net.Http.Json;
using Commerce.Features;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Features;

public sealed class TenantFeaturesApiTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task An_override_shows_as_the_tenant_value_beside_the_plan_value()
    {
        var tenant = await CreateTenantAsync();

        var response = await Client.PutAsJsonAsync($"{TenantsUrl}/{tenant.Id}/features", new
        {
            overrides = new Dictionary<string, string> { [CommerceFeatures.Identity.MaxStaffCount] = "7" },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var staff = (await Client.GetFromJsonAsync<List<TenantFeatureDto>>($"{TenantsUrl}/{tenant.Id}/features", Json, Ct))!
            .Single(f => f.Definition.Name == CommerceFeatures.Identity.MaxStaffCount);
        staff.EditionValue.ShouldBe("1");
        staff.OverrideValue.ShouldBe("7");
        staff.Value.ShouldBe("7");
    }

    [Fact]
    public async Task A_bad_override_answers_400_and_changes_nothing()
    {
        var tenant = await CreateTenantAsync();

        var response = await Client.PutAsJsonAsync($"{TenantsUrl}/{tenant.Id}/features", new
        {
            overrides = new Dictionary<string, string> { [CommerceFeatures.Identity.MaxStaffCount] = "7", [CommerceFeatures.Pos.Enabled] = "perhaps" },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var features = await Client.GetFromJsonAsync<List<TenantFeatureDto>>($"{TenantsUrl}/{tenant.Id}/features", Json, Ct);
        features!.ShouldAllBe(f => f.OverrideValue == null);
    }

    [Fact]
    public async Task An_unknown_tenant_answers_404() =>
        (await Client.GetAsync($"{TenantsUrl}/{Guid.CreateVersion7()}/features", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
}
