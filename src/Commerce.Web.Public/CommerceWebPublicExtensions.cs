using Commerce.Stores;
using Commerce.Web.Public.Caching;
using Commerce.Web.Public.Customers;
using Commerce.Web.Public.Localization;
using Commerce.Web.Public.Stores;
using Commerce.Web.Public.Theming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Commerce.Web.Public;

public static class CommerceWebPublicExtensions
{
    public static IServiceCollection AddCommerceWebPublic(this IServiceCollection services)
    {
        // UI texts follow the store's locale (the request's UI culture); the backoffice's pages use no localizer.
        services.AddLocalization();
        services.AddRazorPages().AddApplicationPart(typeof(CommerceWebPublicExtensions).Assembly)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(StorefrontResource)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
            o.ModelMetadataDetailsProviders.Add(new StorefrontFormMetadataProvider(factory.Create(typeof(StorefrontResource)))));
        services.AddScoped<CurrentStore>();
        services.AddScoped<ICurrentStore>(sp => sp.GetRequiredService<CurrentStore>());
        services.AddScoped<StoreCategories>();
        services.AddOutputCache(o => o.AddPolicy(StorefrontOutputCachePolicy.Name, new StorefrontOutputCachePolicy()));
        services.AddSingleton<IStorefrontCacheEvictor, OutputCacheStorefrontEvictor>();
        services.AddStorefrontAuthentication();
        return services;
    }

    /// <summary>Before tenant resolution: the store a host names also names the tenant.</summary>
    public static IApplicationBuilder UseCommerceStorefront(this IApplicationBuilder app) =>
        app.UseMiddleware<StorefrontStoreMiddleware>();

    /// <summary>After tenant resolution: a store request with the customer cookie runs as that customer.</summary>
    public static IApplicationBuilder UseCommerceStorefrontCustomer(this IApplicationBuilder app) =>
        app.UseMiddleware<StorefrontCustomerMiddleware>();

    /// <summary>After tenant resolution and authentication: a cached page is served only to whom it may be.</summary>
    public static IApplicationBuilder UseCommerceStorefrontCache(this IApplicationBuilder app) => app.UseOutputCache();

    public static IEndpointRouteBuilder MapCommerceWebPublic(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapGet("/assets/storefront.css", StorefrontStylesheet.WriteAsync).AllowAnonymous();
        return endpoints;
    }
}
