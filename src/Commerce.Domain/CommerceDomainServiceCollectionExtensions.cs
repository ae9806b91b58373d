using Commerce.Catalog.ProductImages;
using Commerce.Catalog.AttributeSets;
using Commerce.Catalog.Categories;
using Commerce.Catalog.Products;
using Commerce.Customers;
using Commerce.Data;
using Commerce.Features;
using Commerce.Guids;
using Commerce.Identity;
using Commerce.Inventory;
using Commerce.MultiTenancy;
using Commerce.Payments;
using Commerce.Ordering;
using Commerce.Ordering.Carts;
using Commerce.Permissions;
using Commerce.Policies;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce;

public static class CommerceDomainServiceCollectionExtensions
{
    public static IServiceCollection AddCommerceDomain(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton<ICurrentPrincipalAccessor, CurrentPrincipalAccessor>();
        services.TryAddSingleton<ICurrentUser, CurrentUser>();
        services.TryAddSingleton<ICurrentCustomer, CurrentCustomer>();
        services.TryAddSingleton<IGuidGenerator, SequentialGuidGenerator>();
        services.AddScoped<DataSeeder>();

        services.AddScoped<TenantManager>();
        services.AddScoped<EditionManager>();
        services.AddScoped<TenantFeatureManager>();
        services.AddScoped<PermissionGrantManager>();
        services.AddScoped<PolicyValueManager>();
        services.AddOptions<StoreDomainOptions>().BindConfiguration(StoreDomainOptions.SectionName);
        services.AddOptions<OrderingOptions>().BindConfiguration(OrderingOptions.SectionName);
        services.AddScoped<StoreManager>();
        services.AddScoped<CustomerManager>();
        services.AddScoped<ShippingMethodManager>();
        services.AddScoped<PaymentMethodManager>();
        services.AddScoped<InventoryManager>();
        services.AddScoped<ProductImageManager>();
        services.AddScoped<AttributeSetManager>();
        services.AddScoped<CategoryManager>();
        services.AddScoped<ProductManager>();
        services.AddScoped<PaymentManager>();
        services.AddScoped<PaymentProviders>();
        services.AddScoped<OrderManager>();
        services.AddScoped<CartManager>();

        // In order: roles before users, editions before the demo tenant that is put on one.
        services.AddOptions<IdentitySeedOptions>().BindConfiguration(IdentitySeedOptions.SectionName);
        services.AddScoped<IDataSeedContributor, IdentityDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, EditionDataSeedContributor>();
        return services;
    }
}
