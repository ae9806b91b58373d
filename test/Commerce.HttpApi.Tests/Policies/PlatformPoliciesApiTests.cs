using System.Net;
using System.Net.Http.Json;
using Commerce.Policies;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Policies;

public sealed class PlatformPoliciesApiTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task A_tenant_s_policies_show_what_is_set_for_it_and_what_applies()
    {
        var tenant = await CreateTenantAsync();

        var response = await Client.PutAsJsonAsync($"{TenantsUrl}/{tenant.Id}/policies", new
        {
            values = new Dictionary<string, string> { [CommercePolicies.AllowedShippingMethodTypes] = "local-pickup" },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var shipping = (await response.Content.ReadFromJsonAsync<List<PolicyValueDto>>(Json, Ct))!
            .Single(p => p.Definition.Name == CommercePolicies.AllowedShippingMethodTypes);
        shipping.Value.ShouldBe("local-pickup");
        shipping.EffectiveValue.ShouldBe("local-pickup");
    }

    [Fact]
    public async Task A_bad_value_answers_400_and_changes_nothing()
    {
        var before = await Client.GetFromJsonAsync<List<PolicyValueDto>>("/api/host/policies", Json, Ct);

        var response = await Client.PutAsJsonAsync("/api/host/policies", new
        {
            values = new Dictionary<string, string> { [CommercePolicies.DataRetentionDays] = "3", [CommercePolicies.AllowedPaymentMethods] = "cash-in-envelope" },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Policies.InvalidPolicyValue);
        (await Client.GetFromJsonAsync<List<PolicyValueDto>>("/api/host/policies", Json, Ct))!
            .Select(p => p.EffectiveValue).ShouldBe(before!.Select(p => p.EffectiveValue));
    }

    [Fact]
    public async Task An_unknown_tenant_answers_404() =>
        (await Client.GetAsync($"{TenantsUrl}/{Guid.CreateVersion7()}/policies", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
}
