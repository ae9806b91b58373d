using Commerce.ApplicationConfigurations;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.ProductTransfers;
using Commerce.Catalog.AttributeSets;
using Commerce.Catalog.DemoCatalog;
using Commerce.Catalog.Categories;
using Commerce.Catalog.Products;
using Commerce.Catalog.Storefront;
using Commerce.Customers;
using Commerce.Data;
using Commerce.Features;
using Commerce.Identity;
using Commerce.Inventory;
using Commerce.Domain.Events;
using Commerce.MultiTenancy;
using Commerce.Permissions;
using Commerce.Policies;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.Stores.Storefront;
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
        services.AddScoped<PermissionGrantCache>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<TenantOwnerSetup>();
        services.AddScoped<IApplicationConfigurationAppService, ApplicationConfigurationAppService>();
        services.AddOptions<AppUrlOptions>().BindConfiguration(AppUrlOptions.SectionName);
        services.AddScoped<AccountEmails>();
        services.AddScoped<IUserAppService, UserAppService>();
        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<PolicyValueCache>();
        services.AddScoped<IPolicyChecker, PolicyChecker>();
        services.AddScoped<IPlatformPolicyAppService, PlatformPolicyAppService>();
        services.AddScoped<PurgeDeletedTenantsJob>();
        services.AddScoped<IStoreAppService, StoreAppService>();
        services.AddScoped<IShippingMethodAppService, ShippingMethodAppService>();
        services.AddScoped<IPaymentMethodAppService, PaymentMethodAppService>();
        services.AddScoped<IStockAppService, StockAppService>();
        services.AddScoped<IInventorySettingsAppService, InventorySettingsAppService>();
        services.AddDomainEventHandler<StockRanLow, NotifyOwnersWhenStockRanLowHandler>();
        services.AddScoped<IProductImageAppService, ProductImageAppService>();
        services.AddScoped<IProductImageContentAppService, ProductImageContentAppService>();
        services.AddScoped<GenerateProductImageThumbnailsJob>();
        services.AddScoped<IProductTransferAppService, ProductTransferAppService>();
        services.AddScoped<ProductImportPlanner>();
        services.AddScoped<ProductImportWriter>();
        services.AddScoped<ProductImportTracker>();
        services.AddScoped<ImportProductsJob>();
        services.AddScoped<IAttributeSetAppService, AttributeSetAppService>();
        services.AddScoped<ICategoryAppService, CategoryAppService>();
        services.AddScoped<IProductAppService, ProductAppService>();
        services.AddScoped<IProductVariantAppService, ProductVariantAppService>();
        services.AddScoped<StorefrontStoreCache>();
        services.AddScoped<StorefrontProductQuery>();
        services.AddScoped<IStorefrontCatalogAppService, StorefrontCatalogAppService>();
        services.AddIdentityCore<Customer>().AddUserStore<CustomerUserStore>();
        services.AddScoped<ICustomerAccountAppService, CustomerAccountAppService>();
        services.AddScoped<ICustomerAddressAppService, CustomerAddressAppService>();
        services.AddDomainEventHandler<CustomerRegistered, WelcomeCustomerWhenCustomerRegisteredHandler>();
        services.AddDomainEventHandler<CustomerPasswordResetRequested, SendPasswordResetWhenCustomerPasswordResetRequestedHandler>();
        services.AddScoped<IStorefrontStoreAppService, StorefrontStoreAppService>();

        // After the domain's contributors: the administrators' grants, then the demo tenant with its owner.
        services.AddScoped<IDataSeedContributor, PermissionDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoTenantDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, OwnerPermissionsDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoStoreDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, DemoCatalogDataSeedContributor>();
        return services;
    }
}
