using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Public;

public static class CommerceWebPublicExtensions
{
    public static IServiceCollection AddCommerceWebPublic(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(CommerceWebPublicExtensions).Assembly);
        return services;
    }

    public static IEndpointRouteBuilder MapCommerceWebPublic(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
