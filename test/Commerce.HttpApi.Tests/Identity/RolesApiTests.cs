using System.Net;
using System.Net.Http.Json;
using Commerce.Identity;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Identity;

public sealed class RolesApiTests(TestHost host) : HttpTestBase(host)
{
    private const string RolesUrl = "/api/identity/roles";

    [Fact]
    public async Task An_owner_creates_a_role_with_permissions_and_finds_it_in_the_list()
    {
        using var owner = await OwnerOfNewTenantAsync();

        var created = await owner.PostAsJsonAsync(RolesUrl, new { name = "Packers", permissions = new[] { CommercePermissions.Identity.Users.Default } }, Ct);

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var roles = (await owner.GetFromJsonAsync<List<RoleDto>>(RolesUrl, Json, Ct))!;
        roles.Single(r => r.Name == "Packers").Permissions.ShouldBe([CommercePermissions.Identity.Users.Default]);
        roles.Single(r => r.Name == CommerceRoleNames.Owner).IsStatic.ShouldBeTrue();
    }

    [Fact]
    public async Task Another_tenant_s_role_is_not_found_and_stays_as_it_was()
    {
        using var ownerA = await OwnerOfNewTenantAsync();
        using var ownerB = await OwnerOfNewTenantAsync();
        var role = await (await ownerA.PostAsJsonAsync(RolesUrl, new { name = "A team", permissions = Array.Empty<string>() }, Ct)).Content.ReadFromJsonAsync<RoleDto>(Json, Ct);

        (await ownerB.PutAsJsonAsync($"{RolesUrl}/{role!.Id}", new { name = "Taken over", permissions = Array.Empty<string>(), concurrencyStamp = role.ConcurrencyStamp }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.DeleteAsync($"{RolesUrl}/{role.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerA.GetFromJsonAsync<List<RoleDto>>(RolesUrl, Json, Ct))!.ShouldContain(r => r.Id == role.Id && r.Name == "A team");
        (await ownerB.GetFromJsonAsync<List<RoleDto>>(RolesUrl, Json, Ct))!.ShouldNotContain(r => r.Id == role.Id);
    }
}
