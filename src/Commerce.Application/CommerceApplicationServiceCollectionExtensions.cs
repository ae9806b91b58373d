using Commerce.Features;
using Commerce.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce;

public static class CommerceApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddCommerceApplication(this IServiceCollection services)
    {
        services.AddCommerceDomain();
        services.AddHybridCache();
        services.AddScoped<ITenantStore, TenantStore>();
        services.AddScoped<ITenantAppService, TenantAppService>();
        services.AddScoped<FeatureValueCache>();
        services.AddScoped<IFeatureChecker, FeatureChecker>();
        services.AddScoped<IEditionAppService, EditionAppService>();
        services.AddScoped<ITenantFeatureAppService, TenantFeatureAppService>();
        return services;
    }
}
