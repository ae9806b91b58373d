using Commerce.Inventory;
using Commerce.TestBase.Database;

namespace Commerce.Catalog.ProductTransfers;

public sealed class ProductImportTests(TestDatabase database) : ProductTransferTestBase(database)
{
    private static readonly string[] Shirts =
    [
        "shirt,Organic Shirt,<p>Soft <b>cotton</b></p>,active,\"summer, cotton\",Size,S,Color,Red,,,SHIRT-S-RED,111,19.9,25,200,7",
        "shirt,,,,,Size,M,Color,Red,,,SHIRT-M-RED,,21.5,,210,3",
        "mug,\"Mug, \"\"large\"\"\",,draft,,,,,,,,MUG-1,,9,,,",
    ];

    [Fact]
    public async Task Importing_the_export_into_another_tenant_round_trips_every_product_variant_and_stock()
    {
        var source = await CreateTenantAsync();
        var target = await CreateTenantAsync();
        (await ImportAsync(source, Csv(Shirts))).Status.ShouldBe(ProductImportStatus.Succeeded);
        var exported = await ExportAsync(source);

        var import = await ImportAsync(target, exported);

        import.Status.ShouldBe(ProductImportStatus.Succeeded);
        import.CreatedProducts.ShouldBe(2);
        (await ExportAsync(target)).ShouldBe(exported);
        exported.Split("\r\n")[0].ShouldBe(Header);
        exported.ShouldContain("mug,\"Mug, \"\"large\"\"\",,draft,,,,,,,,MUG-1,,9,,,0");
    }

    [Fact]
    public async Task Importing_the_export_into_its_own_tenant_updates_every_product_and_changes_nothing()
    {
        var tenant = await CreateTenantAsync();
        await ImportAsync(tenant, Csv(Shirts));
        var exported = await ExportAsync(tenant);

        var import = await ImportAsync(tenant, exported);

        (import.Status, import.CreatedProducts, import.UpdatedProducts, import.ProcessedRows, import.TotalRows).ShouldBe((ProductImportStatus.Succeeded, 0, 2, 3, 3));
        (await ExportAsync(tenant)).ShouldBe(exported);
    }

    [Fact]
    public async Task A_file_with_broken_rows_fails_with_every_bad_row_reported_and_writes_nothing()
    {
        var tenant = await CreateTenantAsync();
        await ImportAsync(tenant, Csv("taken,Taken,,,,,,,,,,TAKEN-1,,5,,,"));
        var before = await ExportAsync(tenant);

        var import = await ImportAsync(tenant, Csv(
            "good,Good,,,,,,,,,,GOOD-1,,5,,,4",
            "bad-price,Bad price,,,,,,,,,,BP-1,,abc,,,",
            "negative,Negative,,,,,,,,,,NEG-1,,-1,,,",
            "dup-a,Dup A,,,,,,,,,,DUP,,1,,,",
            "dup-b,Dup B,,,,,,,,,,DUP,,1,,,",
            "other,Other,,,,,,,,,,TAKEN-1,,1,,,",
            "status,Status,,published,,,,,,,,,,1,,,",
            "untitled,,,,,,,,,,,,,1,,,"));

        import.Status.ShouldBe(ProductImportStatus.Failed);
        import.Errors.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (2, "price", CommerceErrorCodes.ProductTransfers.InvalidValue),
            (3, "price", CommerceErrorCodes.Catalog.InvalidPrice),
            (5, "sku", CommerceErrorCodes.Catalog.DuplicateSku),
            (6, "sku", CommerceErrorCodes.Catalog.DuplicateSku),
            (7, "status", CommerceErrorCodes.ProductTransfers.InvalidValue),
            (8, "title", CommerceErrorCodes.ProductTransfers.MissingValue),
        ]);
        import.Errors.ShouldAllBe(e => e.Message.Length > 0 && e.Message != e.Code);
        (import.CreatedProducts, import.UpdatedProducts).ShouldBe((0, 0));
        (await ExportAsync(tenant)).ShouldBe(before);
        (await GetMovementsAsync(tenant)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_import_past_the_plan_limit_fails_with_ProductLimitReached_and_writes_nothing()
    {
        var tenant = await CreateTenantAsync(maxProducts: 2);
        await ImportAsync(tenant, Csv("one,One,,,,,,,,,,,,1,,,"));

        var import = await ImportAsync(tenant, Csv("one,One again,,,,,,,,,,,,1,,,", "two,Two,,,,,,,,,,,,1,,,", "three,Three,,,,,,,,,,,,1,,,"));

        import.Status.ShouldBe(ProductImportStatus.Failed);
        import.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Code.ShouldBe(CommerceErrorCodes.Catalog.ProductLimitReached),
            e => e.Row.ShouldBe(3));
        (await ExportAsync(tenant)).ShouldContain("one,One,");
        (await ExportAsync(tenant)).ShouldNotContain("two");
    }

    [Fact]
    public async Task An_existing_handle_updates_its_product_matches_variants_by_options_and_adds_new_combinations()
    {
        var tenant = await CreateTenantAsync();
        await ImportAsync(tenant, Csv(Shirts));

        var import = await ImportAsync(tenant, Csv(
            "shirt,Organic Shirt v2,,archived,linen,size,s,color,red,,,SHIRT-S-RED,111,18,,200,",
            "shirt,,,,,Size,L,Color,Red,,,SHIRT-L-RED,,23,,220,"));

        (import.Status, import.CreatedProducts, import.UpdatedProducts).ShouldBe((ProductImportStatus.Succeeded, 0, 1));
        var lines = (await ExportAsync(tenant)).Split("\r\n");
        lines.ShouldContain("shirt,Organic Shirt v2,<p>Soft <b>cotton</b></p>,archived,linen,Size,S,Color,Red,,,SHIRT-S-RED,111,18,,200,7");
        lines.ShouldContain("shirt,,,,,Size,M,Color,Red,,,SHIRT-M-RED,,21.5,,210,3");
        lines.ShouldContain("shirt,,,,,Size,L,Color,Red,,,SHIRT-L-RED,,23,,220,0");
    }

    [Fact]
    public async Task The_stock_cell_sets_stock_on_hand_with_a_counted_movement_by_the_importing_user()
    {
        var tenant = await CreateTenantAsync();
        await ImportAsync(tenant, Csv("mug,Mug,,,,,,,,,,MUG-1,,9,,,5"));

        await ImportAsync(tenant, Csv("mug,Mug,,,,,,,,,,MUG-1,,9,,,12"));

        var movements = (await GetMovementsAsync(tenant)).OrderBy(m => m.OnHandAfter).ToList();
        movements.Select(m => (m.Reason, m.Quantity, m.OnHandAfter)).ShouldBe([(StockMovementReason.Counted, 5, 5), (StockMovementReason.Counted, 7, 12)]);
        movements.ShouldAllBe(m => m.UserId == tenant.Owner.Id);
    }

    [Fact]
    public async Task The_job_runs_as_the_tenant_of_the_import_and_another_tenant_cannot_see_it()
    {
        var tenant = await CreateTenantAsync();
        var other = await CreateTenantAsync();
        var import = await StartAsync(tenant, Csv("mug,Mug,,,,,,,,,,,,9,,,"), "spring.csv");

        await RunJobAsync(tenant.Tenant.Id, import.Id);

        (await ExportAsync(tenant)).ShouldContain("mug,Mug");
        (await ExportAsync(other)).ShouldNotContain("mug");
        await Should.ThrowAsync<EntityNotFoundException>(() => AsOwner(other, (IProductTransferAppService s) => s.GetImportAsync(import.Id, Ct)));
        var list = await AsOwner(tenant, (IProductTransferAppService s) => s.GetImportListAsync(new GetProductImportListInput(), Ct));
        list.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.FileName.ShouldBe("spring.csv"), i => i.Status.ShouldBe(ProductImportStatus.Succeeded));
    }

    [Theory]
    [InlineData("\u0089PNG\r\n\u001a\n")]
    [InlineData("")]
    public async Task A_file_that_is_not_csv_is_refused_with_NotACsvFile_and_nothing_is_queued(string content)
    {
        var tenant = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => StartAsync(tenant, content));

        (ex.Code, ex.Kind).ShouldBe((CommerceErrorCodes.ProductTransfers.NotACsvFile, BusinessErrorKind.Invalid));
        (await AsOwner(tenant, (IProductTransferAppService s) => s.GetImportListAsync(new GetProductImportListInput(), Ct))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_file_without_the_price_column_is_refused_with_MissingColumns()
    {
        var tenant = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => StartAsync(tenant, "handle,title\nmug,Mug\n"));

        ex.Code.ShouldBe(CommerceErrorCodes.ProductTransfers.MissingColumns);
        ex.Details["columns"].ShouldBe("price");
    }

    [Fact]
    public async Task Staff_without_the_import_and_export_permissions_are_refused()
    {
        var tenant = await CreateTenantAsync();

        var import = await Should.ThrowAsync<BusinessException>(() => AsStaff(tenant, (IProductTransferAppService s) =>
            s.StartImportAsync(new StartProductImportDto { Content = Stream.Null }, Ct)));
        var export = await Should.ThrowAsync<BusinessException>(() => AsStaff(tenant, async (IProductTransferAppService s) =>
        {
            await s.ExportAsync(Stream.Null, Ct);
            return true;
        }));

        import.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        export.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
    }
}
