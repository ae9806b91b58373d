using Commerce.HttpApi.Host.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.Authorization;

public sealed class CommerceAuthorizationPolicyProviderTests
{
    private readonly CommerceAuthorizationPolicyProvider provider = new(Options.Create(new AuthorizationOptions()));

    [Fact]
    public async Task A_permission_name_is_a_policy_that_requires_that_permission()
    {
        var policy = await provider.GetPolicyAsync(CommercePermissions.Identity.Users.Create);

        policy!.Requirements.OfType<PermissionRequirement>().Single().Permission.ShouldBe(CommercePermissions.Identity.Users.Create);
    }

    [Fact]
    public async Task The_side_policies_are_known_and_an_unknown_name_is_not_a_policy()
    {
        (await provider.GetPolicyAsync(CommerceAuthorizationPolicies.Host)).ShouldNotBeNull();
        (await provider.GetPolicyAsync(CommerceAuthorizationPolicies.Tenant)).ShouldNotBeNull();
        (await provider.GetPolicyAsync("Commerce.Nothing")).ShouldBeNull();
    }
}
