using Commerce.ApplicationConfigurations;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Permissions;

public sealed class PermissionCheckerTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task Nobody_signed_in_is_refused_with_401()
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => ListTenantsAsync());

        ex.Kind.ShouldBe(BusinessErrorKind.Unauthenticated);
        ex.Code.ShouldBe(CommerceErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task A_user_without_the_permission_is_refused_with_403_naming_it()
    {
        using var user = services.AsUser(Guid.CreateVersion7(), null, "auditor");

        var ex = await Should.ThrowAsync<BusinessException>(() => ListTenantsAsync());

        ex.Kind.ShouldBe(BusinessErrorKind.Forbidden);
        ex.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        ex.Details["permission"].ShouldBe(CommercePermissions.MultiTenancy.Tenants.Default);
    }

    [Fact]
    public async Task A_platform_administrator_holds_every_host_permission_and_no_tenant_one()
    {
        using var admin = services.AsHostAdmin();

        var granted = await services.InScopeAsync(sp => sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync(Ct));

        granted.ShouldBe(CommercePermissionDefinitions.ForSide(PermissionSide.Host).Select(p => p.Name), ignoreOrder: true);
    }

    [Fact]
    public async Task A_new_tenant_gets_owner_and_staff_roles_and_its_owner_holds_every_tenant_permission()
    {
        var tenant = await CreateTenantAsync(TenantInput.Create());

        using var scope = services.AsTenant(tenant.Id);
        var owner = await services.InScopeAsync(sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CommerceUser>>().FindByEmailAsync($"owner@{tenant.Slug}.test"));
        using var user = services.AsUser(owner!.Id, tenant.Id, CommerceRoleNames.Owner);
        var configuration = await services.InScopeAsync(sp => sp.GetRequiredService<IApplicationConfigurationAppService>().GetAsync(Ct));

        configuration.CurrentTenant!.Slug.ShouldBe(tenant.Slug);
        configuration.GrantedPermissions.ShouldBe(CommercePermissionDefinitions.ForSide(PermissionSide.Tenant).Select(p => p.Name), ignoreOrder: true);
        configuration.Features[CommerceFeatures.Identity.MaxStaffCount].ShouldBe("1");
    }

    [Fact]
    public async Task A_tenant_whose_owner_cannot_be_created_is_not_created_at_all()
    {
        var input = TenantInput.Create() with { OwnerPassword = "short" };

        var ex = await Should.ThrowAsync<BusinessException>(() => CreateTenantAsync(input));

        ex.Code.ShouldBe(CommerceErrorCodes.Identity.WeakPassword);
        (await services.InScopeAsync(sp => sp.GetRequiredService<ITenantStore>().FindAsync(input.Slug, Ct))).ShouldBeNull();
    }

    [Fact]
    public async Task An_anonymous_caller_gets_a_configuration_with_no_user_and_no_permissions()
    {
        var configuration = await services.InScopeAsync(sp => sp.GetRequiredService<IApplicationConfigurationAppService>().GetAsync(Ct));

        configuration.CurrentUser.IsAuthenticated.ShouldBeFalse();
        configuration.CurrentTenant.ShouldBeNull();
        configuration.GrantedPermissions.ShouldBeEmpty();
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private Task<Application.Dtos.PagedResultDto<TenantDto>> ListTenantsAsync() =>
        services.InScopeAsync(sp => sp.GetRequiredService<ITenantAppService>().GetListAsync(new GetTenantListInput(), Ct));

    private async Task<TenantDto> CreateTenantAsync(CreateTenantDto input)
    {
        using var admin = services.AsHostAdmin();
        return await services.InScopeAsync(sp => sp.GetRequiredService<ITenantAppService>().CreateAsync(input, Ct));
    }
}
