using Commerce.HttpApi.Authorization;
using Commerce.Users;
using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

internal static class CommerceAuthorizationServiceCollectionExtensions
{
    public static IServiceCollection AddCommerceAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CommerceAuthorizationPolicies.Host, policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => !context.User.HasClaim(c => c.Type == CommerceClaimTypes.TenantId)))
            .AddPolicy(CommerceAuthorizationPolicies.Tenant, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(CommerceClaimTypes.TenantId));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}
