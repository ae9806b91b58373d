using Commerce.Catalog.ProductImages;
using Commerce.Catalog.ProductTransfers;
using Commerce.Catalog.AttributeSets;
using Commerce.Catalog.Categories;
using Commerce.Catalog.Products;
using Commerce.Customers;
using Commerce.EntityFrameworkCore.Identity;
using Commerce.EntityFrameworkCore.MultiTenancy;
using Commerce.EntityFrameworkCore.Ordering;
using Commerce.EntityFrameworkCore.Outbox;
using Commerce.EntityFrameworkCore.Schema;
using Commerce.Features;
using Commerce.Identity;
using Commerce.Inventory;
using Commerce.MultiTenancy;
using Commerce.Payments;
using Commerce.Ordering;
using Commerce.Ordering.Carts;
using Commerce.Permissions;
using Commerce.Policies;
using Commerce.Notifications.Logs;
using Commerce.Notifications.Templates;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore;

/// <summary>
/// The one DbContext. Its conventions give every entity what the kernel promises: tenant and soft-delete query
/// filters (named, read from this context at query time), the (tenant_id, id) key of tenant-owned rows, xmin as the
/// concurrency version, enums as strings and snake_case names. It holds ASP.NET Core Identity's and OpenIddict's
/// tables too, so signing in and the change it causes share the one connection and transaction.
/// </summary>
public class CommerceDbContext : IdentityDbContext<CommerceUser, CommerceRole, Guid>, IDataProtectionKeyContext
{
    private readonly ICurrentTenant currentTenant;

    public CommerceDbContext(DbContextOptions<CommerceDbContext> options, ICurrentTenant currentTenant)
        : this((DbContextOptions)options, currentTenant)
    {
    }

    protected CommerceDbContext(DbContextOptions options, ICurrentTenant currentTenant)
        : base(options)
    {
        this.currentTenant = currentTenant;
    }

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Edition> Editions => Set<Edition>();

    public DbSet<TenantFeatureOverride> TenantFeatureOverrides => Set<TenantFeatureOverride>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public DbSet<PolicyValue> PolicyValues => Set<PolicyValue>();

    public DbSet<Store> Stores => Set<Store>();

    public DbSet<ShippingMethod> ShippingMethods => Set<ShippingMethod>();

    public DbSet<PaymentMethod> PaymentMethods => Set<PaymentMethod>();

    public DbSet<StockItem> StockItems => Set<StockItem>();

    public DbSet<StockMovement> StockMovements => Set<StockMovement>();

    public DbSet<StockReservation> StockReservations => Set<StockReservation>();

    public DbSet<InventorySettings> InventorySettings => Set<InventorySettings>();

    public DbSet<ProductImage> ProductImages => Set<ProductImage>();

    public DbSet<ProductImport> ProductImports => Set<ProductImport>();

    public DbSet<AttributeSet> AttributeSets => Set<AttributeSet>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<NotificationTemplate> NotificationTemplates => Set<NotificationTemplate>();

    public DbSet<NotificationLog> NotificationLogs => Set<NotificationLog>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentTransaction> PaymentTransactions => Set<PaymentTransaction>();

    public DbSet<ProcessedWebhookEvent> ProcessedWebhookEvents => Set<ProcessedWebhookEvent>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Cart> Carts => Set<Cart>();

    internal DbSet<OrderNumberCounter> OrderNumberCounters => Set<OrderNumberCounter>();

    public DbSet<Customer> Customers => Set<Customer>();

    /// <summary>The keys every process (hosts, DbMigrator, jobs) protects secrets and tokens with; see etc/deploy.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    internal DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    internal DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    internal DbSet<CrossTenantAccess> CrossTenantAccesses => Set<CrossTenantAccess>();

    /// <summary>Read by the tenant filter for every query; a captured constant would leak one tenant to the next.</summary>
    internal Guid? CurrentTenantId => currentTenant.Id;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        IdentityTablesConfiguration.Configure(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CommerceDbContext).Assembly);
        KernelConventions.Apply(builder, this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }
}
