using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Policies;

public sealed class PolicyCheckerTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Payments = CommercePolicies.AllowedPaymentMethods;
    private readonly CommerceTestServices services = new(database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    [Fact]
    public async Task A_tenant_gets_its_own_value_else_its_edition_s_else_the_platform_s_else_the_default()
    {
        var (tenant, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        var editionId = tenant.EditionId!.Value;

        (await ValueAsync(tenant.Id, CommercePolicies.DataRetentionDays)).ShouldBe("30");
        await SetAsync(PolicyScope.Edition, editionId, CommercePolicies.DataRetentionDays, "90");
        (await ValueAsync(tenant.Id, CommercePolicies.DataRetentionDays)).ShouldBe("90");
        await SetAsync(PolicyScope.Tenant, tenant.Id, CommercePolicies.DataRetentionDays, "7");
        (await ValueAsync(tenant.Id, CommercePolicies.DataRetentionDays)).ShouldBe("7");
        await SetAsync(PolicyScope.Tenant, tenant.Id, CommercePolicies.DataRetentionDays, null);
        (await ValueAsync(tenant.Id, CommercePolicies.DataRetentionDays)).ShouldBe("90");
    }

    [Fact]
    public async Task A_method_the_policy_leaves_out_is_refused_with_NotAllowedByPolicy()
    {
        var (tenant, _) = await services.CreateTenantAsync(new Dictionary<string, string?>(), Ct);
        await SetAsync(PolicyScope.Tenant, tenant.Id, Payments, "stripe, manual");

        await AsTenant(tenant.Id, p => p.EnsureAllowedAsync(Payments, "manual", Ct));
        var ex = await Should.ThrowAsync<BusinessException>(() => AsTenant(tenant.Id, p => p.EnsureAllowedAsync(Payments, "test-gateway", Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Policies.NotAllowedByPolicy);
        ex.Kind.ShouldBe(BusinessErrorKind.Forbidden);
        (await ValueAsync(tenant.Id, Payments)).ShouldBe("manual,stripe");
    }

    [Fact]
    public async Task A_value_outside_the_policy_s_choices_fails_with_InvalidPolicyValue()
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => SetAsync(PolicyScope.Platform, null, Payments, "manual,bitcoin"));

        ex.Code.ShouldBe(CommerceErrorCodes.Policies.InvalidPolicyValue);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private async Task SetAsync(PolicyScope scope, Guid? scopeId, string name, string? value)
    {
        using var admin = services.AsHostAdmin();
        await services.InScopeAsync(sp => sp.GetRequiredService<IPlatformPolicyAppService>().UpdateAsync(
            scope, scopeId, new UpdatePolicyValuesDto { Values = new Dictionary<string, string?> { [name] = value } }, Ct));
    }

    private async Task<string> ValueAsync(Guid tenantId, string name)
    {
        using var tenant = services.AsTenant(tenantId);
        return await services.InScopeAsync(sp => sp.GetRequiredService<IPolicyChecker>().GetValueAsync(name, Ct));
    }

    private async Task AsTenant(Guid tenantId, Func<IPolicyChecker, Task> action)
    {
        using var tenant = services.AsTenant(tenantId);
        await services.InScopeAsync(sp => action(sp.GetRequiredService<IPolicyChecker>()));
    }
}
