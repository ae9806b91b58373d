using Commerce.Features;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.TestBase.Builders;

/// <summary>Arranges a tenant the way Center Control makes one: on its own plan, with its owner.</summary>
public static class TenantScenarios
{
    /// <summary>A new tenant on a new edition with the given feature values; the class's database must be seeded.</summary>
    public static async Task<(TenantDto Tenant, CommerceUser Owner)> CreateTenantAsync(
        this CommerceTestServices services, IReadOnlyDictionary<string, string?> featureValues, CancellationToken ct)
    {
        TenantDto tenant;
        using (services.AsHostAdmin())
        {
            var edition = await services.InScopeAsync(sp => sp.GetRequiredService<IEditionAppService>().CreateAsync(new CreateEditionDto
            {
                Name = $"E-{Guid.NewGuid():N}"[..30], DisplayName = "Test plan", FeatureValues = featureValues,
            }, ct));
            tenant = await services.InScopeAsync(sp => sp.GetRequiredService<ITenantAppService>().CreateAsync(TenantInput.Create(editionId: edition.Id), ct));
        }

        using var scope = services.AsTenant(tenant.Id);
        var owner = await services.InScopeAsync(sp => sp.GetRequiredService<UserManager<CommerceUser>>().FindByEmailAsync($"owner@{tenant.Slug}.test"));
        return (tenant, owner!);
    }

    /// <summary>Runs the action as the given member of the tenant, holding the given roles.</summary>
    public static async Task<T> AsMemberAsync<TService, T>(
        this CommerceTestServices services, TenantDto tenant, Guid userId, string[] roles, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var scope = services.AsTenant(tenant.Id);
        using var user = services.AsUser(userId, tenant.Id, roles);
        return await services.InScopeAsync(sp => action(sp.GetRequiredService<TService>()));
    }
}
