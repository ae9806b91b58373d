namespace Commerce.Catalog.ProductTransfers;

public sealed class ProductImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_new_import_is_queued_under_the_uploaded_name_without_its_path_and_keeps_its_file_under_its_id()
    {
        var id = Guid.CreateVersion7();

        var import = new ProductImport(id, "C:\\Users\\me\\spring products.csv");

        (import.Status, import.FileName).ShouldBe((ProductImportStatus.Queued, "spring products.csv"));
        import.FileBlob().ToString().ShouldBe($"product-imports/{id:N}.csv");
        new ProductImport(id, "  ").FileName.ShouldBe("products.csv");
    }

    [Fact]
    public void A_running_import_reports_progress_within_its_rows_and_ends_with_every_row_counted()
    {
        var import = new ProductImport(Guid.CreateVersion7(), "a.csv");
        import.Start(10, Now);

        import.ReportProgress(4);
        import.ProcessedRows.ShouldBe(4);
        import.ReportProgress(99);
        import.ProcessedRows.ShouldBe(10);
        import.Succeed(2, 3, Now.AddMinutes(1));

        (import.Status, import.ProcessedRows, import.CreatedProducts, import.UpdatedProducts).ShouldBe((ProductImportStatus.Succeeded, 10, 2, 3));
        import.CompletionTime.ShouldBe(Now.AddMinutes(1));
    }

    [Fact]
    public void A_failed_import_keeps_its_errors_by_row_up_to_the_cap_and_cannot_run_again()
    {
        var import = new ProductImport(Guid.CreateVersion7(), "a.csv");
        import.Start(5000, Now);
        var errors = Enumerable.Range(1, ProductImportConsts.MaxErrorCount + 10).Reverse()
            .Select(row => new ProductImportError(row, "price", CommerceErrorCodes.ProductTransfers.InvalidValue, "bad"));

        import.Fail(errors, Now);

        import.Status.ShouldBe(ProductImportStatus.Failed);
        import.Errors.Count.ShouldBe(ProductImportConsts.MaxErrorCount);
        import.Errors[0].Row.ShouldBe(1);
        Should.Throw<InvalidOperationException>(() => import.Start(1, Now));
        Should.Throw<InvalidOperationException>(() => import.Fail([], Now));
    }

    [Fact]
    public void An_import_restarted_after_a_crash_starts_its_progress_over()
    {
        var import = new ProductImport(Guid.CreateVersion7(), "a.csv");
        import.Start(10, Now);
        import.ReportProgress(7);

        import.Start(10, Now.AddMinutes(5));

        (import.Status, import.ProcessedRows, import.StartTime).ShouldBe((ProductImportStatus.Running, 0, Now.AddMinutes(5)));
    }
}
