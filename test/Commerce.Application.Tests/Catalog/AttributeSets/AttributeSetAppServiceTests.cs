using Commerce.Application.Dtos;
using Commerce.TestBase.Database;

namespace Commerce.Catalog.AttributeSets;

public sealed class AttributeSetAppServiceTests(TestDatabase database) : CatalogTestBase(database)
{
    private static readonly CreateAttributeSetDto Apparel = new()
    {
        Name = "Apparel",
        Attributes =
        [
            new AttributeDefinitionDto { Code = "material", Label = "Material", Type = AttributeType.Text, IsRequired = true },
            new AttributeDefinitionDto { Code = "fit", Label = "Fit", Type = AttributeType.SingleSelect, Options = ["Slim", "Regular"] },
        ],
    };

    [Fact]
    public async Task An_owner_creates_a_set_and_reads_it_back_with_its_attributes_in_order()
    {
        var tenant = await CreateTenantAsync();

        var created = await AsOwner(tenant, (IAttributeSetAppService s) => s.CreateAsync(Apparel, Ct));
        var read = await AsOwner(tenant, (IAttributeSetAppService s) => s.GetAsync(created.Id, Ct));

        read.Name.ShouldBe("Apparel");
        read.Attributes.Select(a => a.Code).ShouldBe(["material", "fit"]);
        read.Attributes[1].Options.ShouldBe(["Slim", "Regular"]);
        read.Version.ShouldNotBe(0u);
    }

    [Fact]
    public async Task A_taken_name_fails_with_DuplicateAttributeSetName_and_writes_nothing()
    {
        var tenant = await CreateTenantAsync();
        await AsOwner(tenant, (IAttributeSetAppService s) => s.CreateAsync(Apparel, Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (IAttributeSetAppService s) => s.CreateAsync(Apparel with { Attributes = [] }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateAttributeSetName);
        (await ListAsync(tenant)).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task The_same_name_is_free_in_another_tenant()
    {
        var tenantA = await CreateTenantAsync();
        var tenantB = await CreateTenantAsync();
        await AsOwner(tenantA, (IAttributeSetAppService s) => s.CreateAsync(Apparel, Ct));

        await AsOwner(tenantB, (IAttributeSetAppService s) => s.CreateAsync(Apparel, Ct));

        (await ListAsync(tenantB)).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_member_without_the_permission_can_neither_read_nor_create_sets()
    {
        var tenant = await CreateTenantAsync();

        var read = await Should.ThrowAsync<BusinessException>(() => AsStaff(tenant, (IAttributeSetAppService s) => s.GetListAsync(new GetAttributeSetListInput(), Ct)));
        var create = await Should.ThrowAsync<BusinessException>(() => AsStaff(tenant, (IAttributeSetAppService s) => s.CreateAsync(Apparel, Ct)));

        read.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        create.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        (await ListAsync(tenant)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_nor_delete_a_set()
    {
        var tenantA = await CreateTenantAsync();
        var tenantB = await CreateTenantAsync();
        var set = await AsOwner(tenantA, (IAttributeSetAppService s) => s.CreateAsync(Apparel, Ct));
        var update = new UpdateAttributeSetDto { Name = "Taken over", Version = set.Version };

        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (IAttributeSetAppService s) => s.GetAsync(set.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (IAttributeSetAppService s) => s.UpdateAsync(set.Id, update, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (IAttributeSetAppService s) => s.DeleteAsync(set.Id, Ct)));

        (await AsOwner(tenantA, (IAttributeSetAppService s) => s.GetAsync(set.Id, Ct))).Name.ShouldBe("Apparel");
    }

    [Fact]
    public async Task An_update_from_a_stale_version_fails_with_StaleVersion()
    {
        var tenant = await CreateTenantAsync();
        var set = await AsOwner(tenant, (IAttributeSetAppService s) => s.CreateAsync(Apparel, Ct));
        var renamed = await AsOwner(tenant, (IAttributeSetAppService s) => s.UpdateAsync(set.Id, new UpdateAttributeSetDto { Name = "Clothing", Version = set.Version }, Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenant, (IAttributeSetAppService s) => s.UpdateAsync(set.Id, new UpdateAttributeSetDto { Name = "Garments", Version = set.Version }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        renamed.Version.ShouldNotBe(set.Version);
        (await AsOwner(tenant, (IAttributeSetAppService s) => s.GetAsync(set.Id, Ct))).Name.ShouldBe("Clothing");
    }

    private Task<PagedResultDto<AttributeSetDto>> ListAsync(CatalogTenant tenant) =>
        AsOwner(tenant, (IAttributeSetAppService s) => s.GetListAsync(new GetAttributeSetListInput(), Ct));
}
