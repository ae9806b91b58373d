using Riok.Mapperly.Abstractions;

namespace Commerce.MultiTenancy;

[Mapper]
internal static partial class TenantMapper
{
    [MapperIgnoreSource(nameof(Tenant.DomainEvents))]
    [MapperIgnoreSource(nameof(Tenant.CreatorId))]
    [MapperIgnoreSource(nameof(Tenant.LastModificationTime))]
    [MapperIgnoreSource(nameof(Tenant.LastModifierId))]
    [MapperIgnoreSource(nameof(Tenant.IsDeleted))]
    [MapperIgnoreSource(nameof(Tenant.DeletionTime))]
    [MapperIgnoreSource(nameof(Tenant.DeleterId))]
    [MapperIgnoreSource(nameof(Tenant.IsActive))]
    public static partial TenantDto ToDto(Tenant tenant);

    public static partial IQueryable<TenantDto> ProjectToDto(IQueryable<Tenant> query);

    public static TenantInfo ToInfo(Tenant tenant) => new(tenant.Id, tenant.Slug, tenant.Name, tenant.Status, tenant.EditionId);
}
