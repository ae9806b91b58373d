using Commerce.Emailing;
using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Commerce.TestBase.Emailing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Identity;

public sealed class UserAppServiceTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly RecordingEmailSender mail = new();
    private CommerceTestServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = new CommerceTestServices(database, s => s.AddSingleton<IEmailSender>(mail));
        await services.SeedAsync();
    }

    [Fact]
    public async Task Inviting_past_the_plan_staff_limit_fails_with_StaffLimitReached_and_the_limit()
    {
        var (tenant, owner) = await CreateTenantAsync(maxStaff: 2);

        await AsOwner(tenant, owner, s => s.InviteAsync(new InviteUserDto { Email = "first@staff.test" }, Ct));
        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, owner, s => s.InviteAsync(new InviteUserDto { Email = "second@staff.test" }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Identity.StaffLimitReached);
        ex.Kind.ShouldBe(BusinessErrorKind.Forbidden);
        ex.Details["limit"].ShouldBe(2);
    }

    [Fact]
    public async Task An_invitation_link_sets_the_password_once()
    {
        var (tenant, owner) = await CreateTenantAsync(maxStaff: 5);
        await AsOwner(tenant, owner, s => s.InviteAsync(new InviteUserDto { Email = "new@staff.test", Name = "Sam Staff" }, Ct));
        var link = mail.LastLinkTo("new@staff.test");
        var input = new SetPasswordDto { Tenant = link["tenant"], Email = link["email"], Token = link["token"], Password = "Staff-Password-1" };

        await services.InScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().SetPasswordAsync(input, Ct));
        var again = await Should.ThrowAsync<BusinessException>(() =>
            services.InScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().SetPasswordAsync(input with { Password = "Another-Password-2" }, Ct)));

        again.Code.ShouldBe(CommerceErrorCodes.Identity.InvalidToken);
        using (services.AsTenant(tenant.Id))
        {
            var member = await services.InScopeAsync(sp => sp.GetRequiredService<UserManager<CommerceUser>>().FindByEmailAsync("new@staff.test"));
            member!.EmailConfirmed.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task A_password_reset_is_sent_only_for_an_existing_account()
    {
        var (tenant, _) = await CreateTenantAsync(maxStaff: 5);
        var before = mail.Sent.Count;

        await SendResetAsync(tenant.Slug, "nobody@nowhere.test");
        mail.Sent.Count.ShouldBe(before);

        await SendResetAsync(tenant.Slug, $"owner@{tenant.Slug}.test");
        mail.Sent.Last().Subject.ShouldContain("Reset");
    }

    [Fact]
    public async Task The_last_owner_can_be_neither_removed_nor_disabled()
    {
        var (tenant, owner) = await CreateTenantAsync(maxStaff: 5);

        (await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, owner, s => s.DisableAsync(owner.Id, Ct)))).Code.ShouldBe(CommerceErrorCodes.Identity.LastOwner);
        (await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, owner, async s =>
        {
            await s.DeleteAsync(owner.Id, Ct);
            return true;
        }))).Code.ShouldBe(CommerceErrorCodes.Identity.LastOwner);
    }

    [Fact]
    public async Task An_unknown_role_fails_with_UnknownRole_and_invites_nobody()
    {
        var (tenant, owner) = await CreateTenantAsync(maxStaff: 5);

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenant, owner, s => s.InviteAsync(new InviteUserDto { Email = "x@staff.test", Roles = ["wizard"] }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Identity.UnknownRole);
        (await AsOwner(tenant, owner, s => s.GetListAsync(new GetUserListInput(), Ct))).TotalCount.ShouldBe(1);
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    private Task<(TenantDto Tenant, CommerceUser Owner)> CreateTenantAsync(int maxStaff) =>
        services.CreateTenantAsync(new Dictionary<string, string?> { [CommerceFeatures.Identity.MaxStaffCount] = maxStaff.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Ct);

    private Task<T> AsOwner<T>(TenantDto tenant, CommerceUser owner, Func<IUserAppService, Task<T>> action) =>
        services.AsMemberAsync(tenant, owner.Id, [CommerceRoleNames.Owner], action);

    private Task SendResetAsync(string tenant, string email) =>
        services.InScopeAsync(sp => sp.GetRequiredService<IAccountAppService>().SendPasswordResetAsync(new SendPasswordResetDto { Tenant = tenant, Email = email }, Ct));
}
