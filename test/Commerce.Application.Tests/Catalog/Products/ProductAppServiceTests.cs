using Commerce.TestBase.Builders;
using Commerce.Catalog.AttributeSets;
using Commerce.Catalog.Categories;
using Commerce.Domain.Repositories;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Catalog.Products;

public sealed class ProductAppServiceTests(TestDatabase database) : CatalogTestBase(database)
{
    [Fact]
    public async Task A_product_is_created_as_a_draft_with_its_categories_attributes_options_and_generated_variants()
    {
        var tenant = await CreateTenantAsync();
        var category = await AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Shirts" }, Ct));
        var set = await AsOwner(tenant, (IAttributeSetAppService s) => s.CreateAsync(new CreateAttributeSetDto
        {
            Name = "Apparel", Attributes = [new AttributeDefinitionDto { Code = "material", Label = "Material", Type = AttributeType.Text, IsRequired = true }],
        }, Ct));
        var store = await CreateStoreAsync(tenant);

        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(sku: "TEE") with
        {
            Description = "<p>Soft</p><img src=x onerror=alert(1)>",
            Tags = ["summer"],
            StoreIds = [store],
            CategoryIds = [category.Id],
            AttributeSetId = set.Id,
            AttributeValues = [new AttributeValueDto { Code = "material", Text = "Cotton" }],
            Options = [new ProductOptionDto { Name = "Size", Values = ["S", "M"] }],
        }, Ct));
        var read = await AsOwner(tenant, (IProductAppService s) => s.GetAsync(product.Id, Ct));

        read.Status.ShouldBe(ProductStatus.Draft);
        read.Handle.ShouldBe("organic-cotton-t-shirt");
        read.Description.ShouldBe("<p>Soft</p><img src=\"x\">");
        read.CategoryIds.ShouldBe([category.Id]);
        read.StoreIds.ShouldBe([store]);
        read.AttributeValues.Single().Text.ShouldBe("Cotton");
        read.Variants.Select(v => (v.Sku, v.OptionValues[0], v.Price)).ShouldBe([("TEE", "S", 25m), (null, "M", 25m)]);
    }

    [Fact]
    public async Task A_taken_handle_or_sku_fails_with_its_code_and_writes_nothing()
    {
        var tenant = await CreateTenantAsync();
        await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(sku: "MUG-1"), Ct));

        var handle = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(sku: "MUG-2"), Ct)));
        var sku = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create("Mug", "MUG-1"), Ct)));

        handle.Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateProductHandle);
        sku.Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateSku);
        (await AsOwner(tenant, (IProductAppService s) => s.GetListAsync(new GetProductListInput(), Ct))).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Two_products_saved_at_once_with_one_sku_are_refused_by_the_unique_index_with_DuplicateSku()
    {
        var tenant = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, async (IServiceProvider sp) =>
        {
            var manager = sp.GetRequiredService<ProductManager>();
            var products = sp.GetRequiredService<IProductRepository>();
            await products.AddAsync(await manager.CreateAsync("Mug", null, new VariantDetails("MUG-1", 9m), Ct), Ct);
            await products.AddAsync(await manager.CreateAsync("Cup", null, new VariantDetails("MUG-1", 7m), Ct), Ct);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
        }));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.DuplicateSku);
        (await AsOwner(tenant, (IProductAppService s) => s.GetListAsync(new GetProductListInput(), Ct))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_fails_with_StaleVersion_and_keeps_the_newer_change()
    {
        var tenant = await CreateTenantAsync();
        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(), Ct));
        await AsOwner(tenant, (IProductAppService s) => s.UpdateAsync(product.Id, ProductInput.Update(product) with { Title = "Tee" }, Ct));

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            AsOwner(tenant, (IProductAppService s) => s.UpdateAsync(product.Id, ProductInput.Update(product) with { Title = "Shirt" }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        (await AsOwner(tenant, (IProductAppService s) => s.GetAsync(product.Id, Ct))).Title.ShouldBe("Tee");
    }

    [Fact]
    public async Task Status_changes_follow_the_transitions()
    {
        var tenant = await CreateTenantAsync();
        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(), Ct));

        (await AsOwner(tenant, (IProductAppService s) => s.ActivateAsync(product.Id, Ct))).Status.ShouldBe(ProductStatus.Active);
        (await AsOwner(tenant, (IProductAppService s) => s.ArchiveAsync(product.Id, Ct))).Status.ShouldBe(ProductStatus.Archived);
        var ex = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (IProductAppService s) => s.ActivateAsync(product.Id, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidStatusTransition);
    }

    [Fact]
    public async Task Deleting_a_category_takes_it_off_its_products_and_a_used_attribute_set_cannot_be_deleted()
    {
        var tenant = await CreateTenantAsync();
        var category = await AsOwner(tenant, (ICategoryAppService s) => s.CreateAsync(new CreateCategoryDto { Name = "Mugs" }, Ct));
        var set = await AsOwner(tenant, (IAttributeSetAppService s) => s.CreateAsync(new CreateAttributeSetDto { Name = "Kitchen" }, Ct));
        var product = await AsOwner(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create("Mug") with { AttributeSetId = set.Id }, Ct));
        var categorized = await AsOwner(tenant, (IProductAppService s) => s.UpdateAsync(product.Id, ProductInput.Update(product) with { CategoryIds = [category.Id] }, Ct));

        await AsOwner(tenant, (ICategoryAppService s) => s.DeleteAsync(category.Id, Ct));
        var inUse = await Should.ThrowAsync<BusinessException>(() => AsOwner(tenant, (IAttributeSetAppService s) => s.DeleteAsync(set.Id, Ct)));

        categorized.CategoryIds.ShouldBe([category.Id]);
        (await AsOwner(tenant, (IProductAppService s) => s.GetAsync(product.Id, Ct))).CategoryIds.ShouldBeEmpty();
        inUse.Code.ShouldBe(CommerceErrorCodes.Catalog.AttributeSetInUse);
    }

    [Fact]
    public async Task A_member_without_the_permission_can_neither_list_nor_create_products()
    {
        var tenant = await CreateTenantAsync();

        var list = await Should.ThrowAsync<BusinessException>(() => AsStaff(tenant, (IProductAppService s) => s.GetListAsync(new GetProductListInput(), Ct)));
        var create = await Should.ThrowAsync<BusinessException>(() => AsStaff(tenant, (IProductAppService s) => s.CreateAsync(ProductInput.Create(), Ct)));

        list.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        create.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
    }

    [Fact]
    public async Task Another_tenant_can_neither_read_nor_change_nor_delete_a_product()
    {
        var tenantA = await CreateTenantAsync();
        var tenantB = await CreateTenantAsync();
        var product = await AsOwner(tenantA, (IProductAppService s) => s.CreateAsync(ProductInput.Create(sku: "A-1"), Ct));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (IProductAppService s) => s.GetAsync(product.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (IProductAppService s) => s.UpdateAsync(product.Id, ProductInput.Update(product), Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (IProductAppService s) => s.DeleteAsync(product.Id, Ct)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(tenantB, (IProductVariantAppService s) =>
            s.UpdateAsync(product.Id, product.Variants[0].Id, new UpdateProductVariantDto { Price = 1m, Version = product.Version }, Ct)));

        (await AsOwner(tenantB, (IProductAppService s) => s.GetListAsync(new GetProductListInput(), Ct))).TotalCount.ShouldBe(0);
        (await AsOwner(tenantB, (IProductAppService s) => s.CreateAsync(ProductInput.Create(sku: "A-1"), Ct))).Variants[0].Sku.ShouldBe("A-1");
        (await AsOwner(tenantA, (IProductAppService s) => s.GetAsync(product.Id, Ct))).Variants[0].Price.ShouldBe(25m);
    }
}
