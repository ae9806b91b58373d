using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

internal static class CommerceAuthorizationServiceCollectionExtensions
{
    public static IServiceCollection AddCommerceAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, CommerceAuthorizationPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}
