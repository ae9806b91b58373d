using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;

namespace Commerce.Identity;

public sealed class RoleAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_role_an_owner_creates_gives_its_members_exactly_its_permissions()
    {
        var (tenant, owner) = await CreateTenantAsync();
        await AsOwner(tenant, owner, (IRoleAppService s) => s.CreateAsync(new CreateRoleDto { Name = "Team leads", Permissions = [CommercePermissions.Identity.Users.Default] }, Ct));

        var list = await services.AsMemberAsync(tenant, Guid.CreateVersion7(), ["Team leads"], (IUserAppService s) => s.GetListAsync(new GetUserListInput(), Ct));
        var invite = await Should.ThrowAsync<BusinessException>(() => services.AsMemberAsync(tenant, Guid.CreateVersion7(), ["Team leads"],
            (IUserAppService s) => s.InviteAsync(new InviteUserDto { Email = "x@staff.test" }, Ct)));

        list.TotalCount.ShouldBe(1);
        invite.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
    }

    [Fact]
    public async Task A_host_permission_cannot_be_put_in_a_tenant_role()
    {
        var (tenant, owner) = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, owner,
            (IRoleAppService s) => s.CreateAsync(new CreateRoleDto { Name = "Sneaky", Permissions = [CommercePermissions.MultiTenancy.Tenants.Default] }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotOnThisSide);
        (await AsOwner(tenant, owner, (IRoleAppService s) => s.GetListAsync(Ct))).ShouldNotContain(r => r.Name == "Sneaky");
    }

    [Fact]
    public async Task The_owner_role_is_fixed_and_a_role_with_members_stays()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var roles = await AsOwner(tenant, owner, (IRoleAppService s) => s.GetListAsync(Ct));
        var ownerRole = roles.Single(r => r.Name == CommerceRoleNames.Owner);

        var changed = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, owner,
            (IRoleAppService s) => s.UpdateAsync(ownerRole.Id, new UpdateRoleDto { Name = ownerRole.Name, Permissions = [], ConcurrencyStamp = ownerRole.ConcurrencyStamp }, Ct)));
        var deleted = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, owner, async (IRoleAppService s) =>
        {
            await s.DeleteAsync(ownerRole.Id, Ct);
            return true;
        }));

        changed.Code.ShouldBe(CommerceErrorCodes.Identity.StaticRole);
        deleted.Code.ShouldBe(CommerceErrorCodes.Identity.StaticRole);
    }

    [Fact]
    public async Task A_permission_granted_to_one_member_works_for_that_member_only()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var member = await AsOwner(tenant, owner, (IUserAppService s) => s.InviteAsync(new InviteUserDto { Email = "one@staff.test" }, Ct));
        await AsOwner(tenant, owner, (IUserAppService s) => s.UpdatePermissionsAsync(member.Id, new UpdateUserPermissionsDto { Permissions = [CommercePermissions.Identity.Users.Default] }, Ct));

        var seen = await services.AsMemberAsync(tenant, member.Id, [CommerceRoleNames.Staff], (IUserAppService s) => s.GetListAsync(new GetUserListInput(), Ct));
        var other = await Should.ThrowAsync<BusinessException>(() =>
            services.AsMemberAsync(tenant, Guid.CreateVersion7(), [CommerceRoleNames.Staff], (IUserAppService s) => s.GetListAsync(new GetUserListInput(), Ct)));

        seen.TotalCount.ShouldBe(2);
        other.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private Task<(TenantDto Tenant, CommerceUser Owner)> CreateTenantAsync() =>
        services.CreateTenantAsync(new Dictionary<string, string?> { [CommerceFeatures.Identity.MaxStaffCount] = "5" }, Ct);

    private Task<T> AsOwner<TService, T>(TenantDto tenant, CommerceUser owner, Func<TService, Task<T>> action)
        where TService : notnull => services.AsMemberAsync(tenant, owner.Id, [CommerceRoleNames.Owner], action);
}
