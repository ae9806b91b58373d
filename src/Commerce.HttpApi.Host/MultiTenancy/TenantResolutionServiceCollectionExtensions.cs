namespace Commerce.HttpApi.Host.MultiTenancy;

internal static class TenantResolutionServiceCollectionExtensions
{
    /// <summary>The resolvers run in registration order: claim, header, host.</summary>
    public static IServiceCollection AddCommerceTenantResolution(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TenantResolutionOptions>(configuration.GetSection(TenantResolutionOptions.SectionName));
        services.AddSingleton<ITenantResolveContributor, ClaimTenantResolveContributor>();
        services.AddSingleton<ITenantResolveContributor, HeaderTenantResolveContributor>();
        services.AddSingleton<ITenantResolveContributor, DomainTenantResolveContributor>();
        return services;
    }
}
