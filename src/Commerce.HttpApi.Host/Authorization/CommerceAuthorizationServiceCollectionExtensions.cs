using Commerce.HttpApi.Authorization;
using Commerce.Identity;
using Commerce.Users;
using Microsoft.AspNetCore.Authorization;

namespace Commerce.HttpApi.Host.Authorization;

internal static class CommerceAuthorizationServiceCollectionExtensions
{
    public static IServiceCollection AddCommerceAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(CommerceAuthorizationPolicies.HostAdmin, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(CommerceRoleNames.Admin)
                .RequireAssertion(context => !context.User.HasClaim(c => c.Type == CommerceClaimTypes.TenantId)));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}
