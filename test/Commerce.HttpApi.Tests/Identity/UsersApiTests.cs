using System.Net;
using System.Net.Http.Json;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Identity;

public sealed class UsersApiTests(TestHost host) : HttpTestBase(host)
{
    private const string UsersUrl = "/api/identity/users";

    [Fact]
    public async Task An_owner_invites_a_member_who_then_appears_in_the_list()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var invited = await owner.PostAsJsonAsync(UsersUrl, new { email = "sam@staff.test", name = "Sam" }, Ct);

        invited.StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = await owner.GetFromJsonAsync<Application.Dtos.PagedResultDto<UserDto>>(UsersUrl, Json, Ct);
        list!.Items.Single(u => u.Email == "sam@staff.test").Roles.ShouldBe([CommerceRoleNames.Staff]);
    }

    [Fact]
    public async Task An_invitation_with_a_bad_email_answers_400_and_invites_nobody()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var response = await owner.PostAsJsonAsync(UsersUrl, new { email = "not-an-email" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("errors").TryGetProperty("Email", out _).ShouldBeTrue();
        (await owner.GetFromJsonAsync<Application.Dtos.PagedResultDto<UserDto>>(UsersUrl, Json, Ct))!.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Without_a_token_the_staff_endpoints_answer_401()
    {
        using var anonymous = Host.CreateClient(accessToken: null);

        (await anonymous.GetAsync(UsersUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_platform_administrator_on_a_tenant_endpoint_answers_403() =>
        (await Client.GetAsync(UsersUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

    [Fact]
    public async Task A_staff_member_without_the_permission_answers_403_naming_it()
    {
        await Host.CreateUserAsync(DemoTenantDataSeedContributor.DemoSlug, "clerk@demo.test", "Clerk-Password-1", CommerceRoleNames.Staff);
        using var clerk = Host.CreateClient(await Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, "clerk@demo.test", "Clerk-Password-1"));

        var response = await clerk.GetAsync(UsersUrl, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
    }

    [Fact]
    public async Task Another_tenant_s_member_is_not_found_and_cannot_be_changed()
    {
        using var ownerA = await OwnerOfNewTenantAsync();
        using var ownerB = await OwnerOfNewTenantAsync();
        var member = await (await ownerA.PostAsJsonAsync(UsersUrl, new { email = "a-only@staff.test" }, Ct)).Content.ReadFromJsonAsync<UserDto>(Json, Ct);

        (await ownerB.GetAsync($"{UsersUrl}/{member!.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.PostAsync($"{UsersUrl}/{member.Id}/disable", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.DeleteAsync($"{UsersUrl}/{member.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerA.GetFromJsonAsync<UserDto>($"{UsersUrl}/{member.Id}", Json, Ct))!.IsActive.ShouldBeTrue();
    }
}
