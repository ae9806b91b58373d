using Commerce.Web.Public.Stores;
using Commerce.Web.Public.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Public;

public static class CommerceWebPublicExtensions
{
    public static IServiceCollection AddCommerceWebPublic(this IServiceCollection services)
    {
        services.AddRazorPages().AddApplicationPart(typeof(CommerceWebPublicExtensions).Assembly);
        services.AddScoped<CurrentStore>();
        services.AddScoped<ICurrentStore>(sp => sp.GetRequiredService<CurrentStore>());
        services.AddScoped<StoreCategories>();
        return services;
    }

    /// <summary>Before tenant resolution: the store a host names also names the tenant.</summary>
    public static IApplicationBuilder UseCommerceStorefront(this IApplicationBuilder app) =>
        app.UseMiddleware<StorefrontStoreMiddleware>();

    public static IEndpointRouteBuilder MapCommerceWebPublic(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapGet("/assets/storefront.css", StorefrontStylesheet.WriteAsync).AllowAnonymous();
        return endpoints;
    }
}
