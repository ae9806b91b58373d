using Commerce.TestBase.Database;

namespace Commerce.Catalog.Categories;

public sealed class CategoryAppServiceTests(TestDatabase database) : CatalogTestBase(database)
{
    [Fact]
    public async Task A_category_is_created_with_a_handle_from_its_name_and_a_sanitized_description()
    {
        var tenant = await CreateTenantAsync();

        var category = await AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(
            new CreateCategoryDto { Name = "Summer Sale", Description = "<p>Hot</p><script>alert(1)</script>", IsHidden = true }, Ct));

        category.Handle.ShouldBe("summer-sale");
        category.Description.ShouldBe("<p>Hot</p>");
        category.IsHidden.ShouldBeTrue();
    }

    [Fact]
    public async Task A_taken_handle_fails_with_DuplicateCategoryHandle_and_writes_nothing()
    {
        var tenant = await CreateTenantAsync();
        await AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Mugs" }, Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Cups", Handle = "mugs" }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateCategoryHandle);
        (await AsOwner(tenant, (ICategoryAppService s) => s.GetTreeAsync(Ct))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_update_shows_a_hidden_category_and_a_stale_one_fails_with_StaleVersion()
    {
        var tenant = await CreateTenantAsync();
        var category = await AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Mugs", IsHidden = true }, Ct));
        var input = new UpdateCategoryDto { Name = "Cups & mugs", Handle = "cups", Version = category.Version };

        var updated = await AsOwner(tenant, (ICategoryAppService s) => s.UpdateAsync(category.Id, input, Ct));
        var stale = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (ICategoryAppService s) => s.UpdateAsync(category.Id, input with { Name = "Other" }, Ct)));

        updated.IsHidden.ShouldBeFalse();
        updated.Handle.ShouldBe("cups");
        stale.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
    }

    [Fact]
    public async Task A_member_without_the_permission_cannot_read_the_tree()
    {
        var tenant = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => AsStaff(tenant, (ICategoryAppService s) => s.GetTreeAsync(Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_nor_use_a_category()
    {
        var tenantA = await CreateTenantAsync();
        var tenantB = await CreateTenantAsync();
        var category = await AsOwner(tenantA, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Mugs" }, Ct));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (ICategoryAppService s) => s.GetAsync(category.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            AsOwner(tenantB, (ICategoryAppService s) => s.MoveAsync(category.Id, new MoveCategoryDto { Version = category.Version }, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (ICategoryAppService s) => s.DeleteAsync(category.Id, Ct)));
        var asParent = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenantB, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Cups", ParentId = category.Id }, Ct)));

        asParent.Code.ShouldBe(CommerceErrorCodes.Catalog.CategoryNotFound);
        (await AsOwner(tenantB, (ICategoryAppService s) => s.GetTreeAsync(Ct))).ShouldBeEmpty();
        (await AsOwner(tenantA, (ICategoryAppService s) => s.GetTreeAsync(Ct))).Single().Name.ShouldBe("Mugs");
    }
}
