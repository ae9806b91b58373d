using System.Net.Http.Json;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Identity;

public sealed class SignInTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        await Host.CreateUserAsync(DemoTenantDataSeedContributor.DemoSlug, "locked@demo.test", "Right-Password-1", CommerceRoleNames.Staff);
        for (var i = 0; i < 5; i++)
            await Should.ThrowAsync<InvalidOperationException>(() => Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, "locked@demo.test", "Wrong-Password-9"));

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, "locked@demo.test", "Right-Password-1"));

        ex.Message.ShouldContain("locked");
    }

    [Fact]
    public async Task The_same_email_can_belong_to_two_tenants_with_different_passwords()
    {
        var first = await CreateTenantAsync();
        var second = await CreateTenantAsync();
        await Host.CreateUserAsync(first.Slug, "shared@people.test", "First-Password-1", CommerceRoleNames.Staff);
        await Host.CreateUserAsync(second.Slug, "shared@people.test", "Second-Password-2", CommerceRoleNames.Staff);

        (await Host.SignInAsync(first.Slug, "shared@people.test", "First-Password-1")).ShouldNotBeNullOrEmpty();
        (await Host.SignInAsync(second.Slug, "shared@people.test", "Second-Password-2")).ShouldNotBeNullOrEmpty();
        await Should.ThrowAsync<InvalidOperationException>(() => Host.SignInAsync(first.Slug, "shared@people.test", "Second-Password-2"));
    }

    [Fact]
    public async Task A_suspended_tenant_s_users_cannot_sign_in_and_their_tokens_stop_working()
    {
        var tenant = await CreateTenantAsync();
        await Host.CreateUserAsync(tenant.Slug, "before@suspension.test", "Before-Password-1", CommerceRoleNames.Owner);
        using var earlier = Host.CreateClient(await Host.SignInAsync(tenant.Slug, "before@suspension.test", "Before-Password-1"));

        (await Client.PostAsJsonAsync($"{TenantsUrl}/{tenant.Id}/suspend", new { reason = "Unpaid" }, Ct)).EnsureSuccessStatusCode();

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => Host.SignInAsync(tenant.Slug, "before@suspension.test", "Before-Password-1"));
        ex.Message.ShouldContain("unavailable");
        (await earlier.GetAsync("/api/application-configuration", Ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sign_in_attempts_past_the_per_address_limit_answer_429_with_Retry_After()
    {
        await using var limited = Host.Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:SignInPerMinute", "3"));
        using var browser = limited.CreateClient();

        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await browser.GetAsync("/account/login", Ct)).StatusCode);
        var refused = await browser.GetAsync("/account/login", Ct);

        statuses.Take(3).ShouldAllBe(s => s == System.Net.HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await ReadProblemAsync(refused)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.TooManyRequests);
    }

    [Fact]
    public async Task A_disabled_member_cannot_sign_in()
    {
        var memberId = await Host.CreateUserAsync(DemoTenantDataSeedContributor.DemoSlug, "leaver@demo.test", "Leaver-Password-1", CommerceRoleNames.Staff);
        using var owner = Host.CreateClient(await Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, IdentitySeedOptions.DemoOwnerEmail, IdentitySeedOptions.DemoOwnerPassword));
        (await owner.PostAsync($"/api/identity/users/{memberId}/disable", null, Ct)).EnsureSuccessStatusCode();

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, "leaver@demo.test", "Leaver-Password-1"));

        ex.Message.ShouldContain("cannot sign in");
    }
}
