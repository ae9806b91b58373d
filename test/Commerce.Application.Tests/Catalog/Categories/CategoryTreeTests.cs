using Commerce.TestBase.Database;

namespace Commerce.Catalog.Categories;

public sealed class CategoryTreeTests(TestDatabase database) : CatalogTestBase(database)
{
    [Fact]
    public async Task The_tree_reads_every_level_in_position_order()
    {
        var tenant = await CreateTenantAsync();
        var clothing = await CreateAsync(tenant, "Clothing");
        var shirts = await CreateAsync(tenant, "Shirts", clothing.Id);
        await CreateAsync(tenant, "Trousers", clothing.Id);
        await CreateAsync(tenant, "T-Shirts", shirts.Id);
        await CreateAsync(tenant, "Mugs");

        var tree = await AsOwner(tenant, (ICategoryAppService s) => s.GetTreeAsync(Ct));

        tree.Select(n => n.Name).ShouldBe(["Clothing", "Mugs"]);
        tree[0].Children.Select(n => n.Name).ShouldBe(["Shirts", "Trousers"]);
        tree[0].Children[0].Children.Single().Handle.ShouldBe("t-shirts");
    }

    [Fact]
    public async Task Moving_a_category_takes_its_subtree_along_and_closes_the_gap_it_leaves()
    {
        var tenant = await CreateTenantAsync();
        var clothing = await CreateAsync(tenant, "Clothing");
        var shirts = await CreateAsync(tenant, "Shirts", clothing.Id);
        await CreateAsync(tenant, "Trousers", clothing.Id);
        await CreateAsync(tenant, "T-Shirts", shirts.Id);
        var sale = await CreateAsync(tenant, "Sale");
        await CreateAsync(tenant, "Last chance", sale.Id);

        var moved = await AsOwner(tenant, (ICategoryAppService s) => s.MoveAsync(shirts.Id, new MoveCategoryDto { ParentId = sale.Id, Position = 0, Version = shirts.Version }, Ct));
        var tree = await AsOwner(tenant, (ICategoryAppService s) => s.GetTreeAsync(Ct));

        moved.ParentId.ShouldBe(sale.Id);
        tree[0].Children.Select(n => (n.Name, n.Position)).ShouldBe([("Trousers", 0)]);
        tree[1].Children.Select(n => (n.Name, n.Position)).ShouldBe([("Shirts", 0), ("Last chance", 1)]);
        tree[1].Children[0].Children.Single().Name.ShouldBe("T-Shirts");
    }

    [Fact]
    public async Task Moving_a_category_under_itself_or_a_descendant_fails_with_CategoryMoveCreatesCycle_and_changes_nothing()
    {
        var tenant = await CreateTenantAsync();
        var clothing = await CreateAsync(tenant, "Clothing");
        var shirts = await CreateAsync(tenant, "Shirts", clothing.Id);
        var tees = await CreateAsync(tenant, "T-Shirts", shirts.Id);

        var underItself = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenant, (ICategoryAppService s) => s.MoveAsync(clothing.Id, new MoveCategoryDto { ParentId = clothing.Id, Version = clothing.Version }, Ct)));
        var underDescendant = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenant, (ICategoryAppService s) => s.MoveAsync(clothing.Id, new MoveCategoryDto { ParentId = tees.Id, Version = clothing.Version }, Ct)));

        underItself.Code.ShouldBe(CommerceErrorCodes.Catalog.CategoryMoveCreatesCycle);
        underDescendant.Code.ShouldBe(CommerceErrorCodes.Catalog.CategoryMoveCreatesCycle);
        (await AsOwner(tenant, (ICategoryAppService s) => s.GetAsync(clothing.Id, Ct))).ParentId.ShouldBeNull();
    }

    [Fact]
    public async Task Siblings_are_reordered_only_by_a_list_of_all_of_them()
    {
        var tenant = await CreateTenantAsync();
        var a = await CreateAsync(tenant, "A");
        var b = await CreateAsync(tenant, "B");
        var c = await CreateAsync(tenant, "C");

        await AsOwner(tenant, (ICategoryAppService s) => s.ReorderAsync(new ReorderCategoriesDto { CategoryIds = [c.Id, a.Id, b.Id] }, Ct));
        var partial = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenant, (ICategoryAppService s) => s.ReorderAsync(new ReorderCategoriesDto { CategoryIds = [a.Id, b.Id] }, Ct)));

        partial.Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidSiblingOrder);
        (await AsOwner(tenant, (ICategoryAppService s) => s.GetTreeAsync(Ct))).Select(n => n.Name).ShouldBe(["C", "A", "B"]);
    }

    [Fact]
    public async Task A_category_with_subcategories_cannot_be_deleted_and_a_leaf_can()
    {
        var tenant = await CreateTenantAsync();
        var clothing = await CreateAsync(tenant, "Clothing");
        var shirts = await CreateAsync(tenant, "Shirts", clothing.Id);

        var refused = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (ICategoryAppService s) => s.DeleteAsync(clothing.Id, Ct)));
        await AsOwner(tenant, (ICategoryAppService s) => s.DeleteAsync(shirts.Id, Ct));

        refused.Code.ShouldBe(CommerceErrorCodes.Catalog.CategoryHasChildren);
        (await AsOwner(tenant, (ICategoryAppService s) => s.GetTreeAsync(Ct))).Single().Children.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_parent_that_does_not_exist_fails_with_CategoryNotFound()
    {
        var tenant = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => CreateAsync(tenant, "Orphan", Guid.CreateVersion7()));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.CategoryNotFound);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
    }

    private Task<CategoryDto> CreateAsync(CatalogTenant tenant, string name, Guid? parentId = null) =>
        AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = name, ParentId = parentId }, Ct));
}
