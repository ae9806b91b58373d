using Commerce.Auditing;
using Commerce.MultiTenancy;
using Commerce.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commerce.EntityFrameworkCore.Auditing;

/// <summary>
/// Before every save: stamps the tenant on new tenant-owned rows and refuses to move a row to another tenant,
/// fills the audit fields from the current user and the clock, and turns deletes of soft-deletable rows into updates.
/// </summary>
internal sealed class AuditingInterceptor(ICurrentTenant currentTenant, ICurrentUser currentUser, TimeProvider clock)
    : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    StampTenant(entry);
                    SetIfPresent(entry, nameof(IHasCreationAudit.CreationTime), now);
                    SetIfPresent(entry, nameof(IHasCreationAudit.CreatorId), currentUser.Id);
                    break;
                case EntityState.Modified:
                    GuardTenant(entry);
                    SetIfPresent(entry, nameof(IHasModificationAudit.LastModificationTime), now);
                    SetIfPresent(entry, nameof(IHasModificationAudit.LastModifierId), currentUser.Id);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete:
                    entry.State = EntityState.Modified;
                    entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
                    SetIfPresent(entry, nameof(IHasDeletionAudit.DeletionTime), now);
                    SetIfPresent(entry, nameof(IHasDeletionAudit.DeleterId), currentUser.Id);
                    break;
            }
        }
    }

    private void StampTenant(EntityEntry entry)
    {
        if (entry.Entity is IMultiTenant)
        {
            var tenantId = currentTenant.Id
                ?? throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantRequired, BusinessErrorKind.Invalid);
            var property = entry.Property(nameof(IMultiTenant.TenantId));
            if (property.CurrentValue is Guid existing && existing != Guid.Empty && existing != tenantId)
                throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantIdImmutable);
            property.CurrentValue = tenantId;
        }
        else if (entry.Entity is IMayHaveTenant && entry.Property(nameof(IMayHaveTenant.TenantId)).CurrentValue is null)
        {
            entry.Property(nameof(IMayHaveTenant.TenantId)).CurrentValue = currentTenant.Id;
        }
    }

    private static void GuardTenant(EntityEntry entry)
    {
        if (entry.Entity is not (IMultiTenant or IMayHaveTenant))
            return;
        var property = entry.Property(nameof(IMultiTenant.TenantId));
        if (!Equals(property.OriginalValue, property.CurrentValue))
            throw new BusinessException(CommerceErrorCodes.MultiTenancy.TenantIdImmutable);
    }

    private static void SetIfPresent(EntityEntry entry, string propertyName, object? value)
    {
        if (entry.Metadata.FindProperty(propertyName) is not null)
            entry.Property(propertyName).CurrentValue = value;
    }
}
