using Commerce.BackgroundJobs;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.ProductTransfers;
using Commerce.Catalog.AttributeSets;
using Commerce.Catalog.Categories;
using Commerce.Catalog.Products;
using Commerce.Customers;
using Commerce.Domain.Repositories;
using Commerce.EntityFrameworkCore.Auditing;
using Commerce.Emailing;
using Commerce.EntityFrameworkCore.BackgroundJobs;
using Commerce.EntityFrameworkCore.BlobStoring;
using Commerce.EntityFrameworkCore.Catalog.ProductImages;
using Commerce.EntityFrameworkCore.Catalog.AttributeSets;
using Commerce.EntityFrameworkCore.Catalog.Categories;
using Commerce.EntityFrameworkCore.Catalog.Products;
using Commerce.EntityFrameworkCore.Emailing;
using Commerce.EntityFrameworkCore.Features;
using Commerce.EntityFrameworkCore.Identity;
using Commerce.EntityFrameworkCore.MultiTenancy;
using Commerce.EntityFrameworkCore.Ordering;
using Commerce.EntityFrameworkCore.Outbox;
using Commerce.EntityFrameworkCore.Payments;
using Commerce.EntityFrameworkCore.Permissions;
using Commerce.EntityFrameworkCore.Policies;
using Commerce.EntityFrameworkCore.Repositories;
using Commerce.EntityFrameworkCore.Schema;
using Commerce.Features;
using Commerce.Identity;
using Commerce.Inventory;
using Commerce.EntityFrameworkCore.Inventory;
using Commerce.MultiTenancy;
using Commerce.EntityFrameworkCore.Notifications;
using Commerce.Notifications.Logs;
using Commerce.Notifications.Templates;
using Commerce.Payments;
using Commerce.Ordering;
using Commerce.Ordering.Carts;
using Commerce.Permissions;
using Commerce.Policies;
using Commerce.EntityFrameworkCore.Customers;
using Commerce.EntityFrameworkCore.Stores;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore;

public static class CommerceEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The data layer on the application's connection string (the role that cannot bypass row-level security).</summary>
    public static IServiceCollection AddCommerceEntityFrameworkCore(this IServiceCollection services, string connectionString) =>
        services.AddCommerceEntityFrameworkCore<CommerceDbContext>(connectionString);

    public static IServiceCollection AddCommerceEntityFrameworkCore<TContext>(this IServiceCollection services, string connectionString)
        where TContext : CommerceDbContext
    {
        services.AddSingleton<TenantSessionInterceptor>();
        services.AddSingleton<ProductSaveInterceptor>();
        services.AddSingleton<AuditingInterceptor>();
        services.AddSingleton<OutboxInterceptor>();
        services.AddSingleton<StorefrontCacheInterceptor>();
        services.AddDbContext<CommerceDbContext, TContext>((sp, options) => CommerceDbContextOptions
            .Configure(options, connectionString)
            .AddInterceptors(
                sp.GetRequiredService<TenantSessionInterceptor>(),
                sp.GetRequiredService<ProductSaveInterceptor>(),
                sp.GetRequiredService<AuditingInterceptor>(),
                sp.GetRequiredService<OutboxInterceptor>(),
                sp.GetRequiredService<StorefrontCacheInterceptor>()));
        if (typeof(TContext) != typeof(CommerceDbContext))
            services.AddScoped(sp => (TContext)sp.GetRequiredService<CommerceDbContext>());

        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddSingleton<IAsyncQueryExecutor, EfAsyncQueryExecutor>();
        services.AddScoped<ICrossTenantReader, CrossTenantReader>();
        services.AddScoped<ITenantDataPurger, TenantDataPurger>();
        services.AddScoped<ITenantRepository, TenantRepository>();
        services.AddScoped<IEditionRepository, EditionRepository>();
        services.AddScoped<ITenantFeatureOverrideRepository, TenantFeatureOverrideRepository>();
        services.AddScoped<IPermissionGrantRepository, PermissionGrantRepository>();
        services.AddScoped<IUserRoleLookup, UserRoleLookup>();
        services.AddScoped<IPolicyValueRepository, PolicyValueRepository>();
        services.AddScoped<IStoreRepository, StoreRepository>();
        services.AddScoped<ICustomerRepository, CustomerRepository>();
        services.AddScoped<IShippingMethodRepository, ShippingMethodRepository>();
        services.AddScoped<IPaymentMethodRepository, PaymentMethodRepository>();
        services.AddScoped<IPaymentRepository, PaymentRepository>();
        services.AddScoped<IProcessedWebhookEventRepository, ProcessedWebhookEventRepository>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddSingleton<IGuestOrderLinks, DataProtectionGuestOrderLinks>();
        services.AddScoped<IStockItemRepository, StockItemRepository>();
        services.AddScoped<IRepository<StockMovement>, EfRepository<StockMovement>>();
        services.AddScoped<IStockReservationRepository, StockReservationRepository>();
        services.AddScoped<IInventorySettingsRepository, InventorySettingsRepository>();
        services.AddScoped<IProductListFilter, StockStateProductListFilter>();
        services.AddScoped<IProductImageRepository, ProductImageRepository>();
        services.AddScoped<IRepository<ProductImport>, EfRepository<ProductImport>>();
        services.AddScoped<IAttributeSetRepository, AttributeSetRepository>();
        services.AddScoped<ICategoryRepository, CategoryRepository>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<INotificationTemplateRepository, NotificationTemplateRepository>();
        services.AddScoped<INotificationLogRepository, NotificationLogRepository>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<ICartRepository, CartRepository>();

        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<IBackgroundJobManager, HangfireBackgroundJobManager>();
        services.AddTransient(typeof(BackgroundJobExecutor<,>));
        services.AddSingleton<DatabaseMigrator>();
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName);
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddCommerceBlobStoring();
        return services;
    }

    /// <summary>Runs the outbox dispatcher in this process.</summary>
    public static IServiceCollection AddCommerceOutboxDispatcher(this IServiceCollection services) =>
        services.AddHostedService<OutboxDispatcherService>();
}
