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
        return services;
    }
}
