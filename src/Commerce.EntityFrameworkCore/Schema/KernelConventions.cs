using System.Reflection;
using Commerce.Auditing;
using Commerce.Domain.Entities;
using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Schema;

/// <summary>What every entity gets without its configuration saying so (ABP's ConfigureByConvention).</summary>
internal static class KernelConventions
{
    private static readonly MethodInfo ApplyMethod =
        typeof(KernelConventions).GetMethod(nameof(ApplyTo), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void Apply(ModelBuilder modelBuilder, CommerceDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToList())
            ApplyMethod.MakeGenericMethod(entityType.ClrType).Invoke(null, [modelBuilder, context]);
    }

    private static void ApplyTo<T>(ModelBuilder modelBuilder, CommerceDbContext context)
        where T : class
    {
        var entity = modelBuilder.Entity<T>();
        var type = typeof(T);

        if (typeof(IMultiTenant).IsAssignableFrom(type))
        {
            entity.Property<Guid>(nameof(IMultiTenant.TenantId)).IsRequired();
            entity.HasKey(nameof(IMultiTenant.TenantId), nameof(Entity.Id));
            entity.HasQueryFilter(QueryFilters.Tenant, e => EF.Property<Guid>(e, nameof(IMultiTenant.TenantId)) == context.CurrentTenantId);
        }
        else if (typeof(IMayHaveTenant).IsAssignableFrom(type))
        {
            entity.HasQueryFilter(QueryFilters.Tenant, e => EF.Property<Guid?>(e, nameof(IMayHaveTenant.TenantId)) == context.CurrentTenantId);
        }

        if (typeof(ISoftDelete).IsAssignableFrom(type))
            entity.HasQueryFilter(QueryFilters.SoftDelete, e => !EF.Property<bool>(e, nameof(ISoftDelete.IsDeleted)));

        if (typeof(AggregateRoot).IsAssignableFrom(type))
        {
            entity.Property<uint>(nameof(AggregateRoot.Version)).IsRowVersion();
            entity.Ignore(nameof(AggregateRoot.DomainEvents));
        }
    }
}
