using System.Net.Http.Json;
using Commerce.ApplicationConfigurations;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.ApplicationConfigurations;

public sealed class ApplicationConfigurationApiTests(TestHost host) : HttpTestBase(host)
{
    private const string Url = "/api/application-configuration";

    [Fact]
    public async Task An_anonymous_caller_gets_no_user_and_no_permissions()
    {
        using var anonymous = Host.CreateClient(accessToken: null);

        var configuration = await anonymous.GetFromJsonAsync<ApplicationConfigurationDto>(Url, Json, Ct);

        configuration!.CurrentUser.IsAuthenticated.ShouldBeFalse();
        configuration.GrantedPermissions.ShouldBeEmpty();
        configuration.Localization.Texts[CommerceErrorCodes.StaleVersion].ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_platform_administrator_sees_the_host_permissions_and_no_tenant()
    {
        var configuration = await Client.GetFromJsonAsync<ApplicationConfigurationDto>(Url, Json, Ct);

        configuration!.CurrentUser.Roles.ShouldContain(CommerceRoleNames.Admin);
        configuration.CurrentTenant.ShouldBeNull();
        configuration.GrantedPermissions.ShouldContain(CommercePermissions.MultiTenancy.Tenants.Create);
        configuration.GrantedPermissions.ShouldNotContain(CommercePermissions.Identity.Users.Default);
    }

    [Fact]
    public async Task The_demo_owner_sees_the_demo_tenant_its_plan_and_the_tenant_permissions()
    {
        var token = await Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, IdentitySeedOptions.DemoOwnerEmail, IdentitySeedOptions.DemoOwnerPassword);
        using var owner = Host.CreateClient(token);

        var configuration = await owner.GetFromJsonAsync<ApplicationConfigurationDto>(Url, Json, Ct);

        configuration!.CurrentUser.Email.ShouldBe(IdentitySeedOptions.DemoOwnerEmail);
        configuration.CurrentTenant!.Slug.ShouldBe(DemoTenantDataSeedContributor.DemoSlug);
        configuration.CurrentTenant.EditionName.ShouldBe("Pro");
        configuration.Features[CommerceFeatures.Stores.MultiStore].ShouldBe("true");
        configuration.GrantedPermissions.ShouldContain(CommercePermissions.Identity.Users.Create);
        configuration.GrantedPermissions.ShouldNotContain(CommercePermissions.MultiTenancy.Tenants.Default);
    }
}
