using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Commerce.Application.Dtos;
using Commerce.Catalog.ProductTransfers;
using Commerce.Features;
using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.HttpApi.Catalog.ProductTransfers;

public sealed class ProductTransfersApiTests(TestHost host) : HttpTestBase(host)
{
    private const string ImportsUrl = "/api/catalog/product-transfers/imports";
    private const string ExportUrl = "/api/catalog/product-transfers/export";
    private static readonly string Header = string.Join(',', ProductCsvColumns.All);

    [Fact]
    public async Task A_csv_uploaded_as_multipart_answers_202_with_the_import_to_poll_and_the_job_imports_it()
    {
        var (tenant, owner) = await NewTenantAsync();

        var response = await owner.PostAsync(ImportsUrl, Form(Csv("mug,Mug,,active,,,,,,,,MUG-1,,9.5,,,4")), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var import = (await response.Content.ReadFromJsonAsync<ProductImportDto>(Json, Ct))!;
        (import.Status, import.FileName).ShouldBe((ProductImportStatus.Queued, "products.csv"));
        response.Headers.Location!.AbsolutePath.ShouldBe($"{ImportsUrl}/{import.Id}");
        await RunImportJobAsync(tenant.Id, import.Id);
        var done = (await owner.GetFromJsonAsync<ProductImportDto>($"{ImportsUrl}/{import.Id}", Json, Ct))!;
        (done.Status, done.CreatedProducts, done.ProcessedRows, done.TotalRows).ShouldBe((ProductImportStatus.Succeeded, 1, 1, 1));
        var list = (await owner.GetFromJsonAsync<PagedResultDto<ProductImportListItemDto>>(ImportsUrl, Json, Ct))!;
        list.Items.ShouldHaveSingleItem().Id.ShouldBe(import.Id);
    }

    [Fact]
    public async Task A_file_that_is_not_csv_lacks_a_column_or_is_missing_answers_400_and_queues_nothing()
    {
        var (_, owner) = await NewTenantAsync();

        var image = await owner.PostAsync(ImportsUrl, Form([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "photo.csv"), Ct);
        var columns = await owner.PostAsync(ImportsUrl, Form(Encoding.UTF8.GetBytes("handle,title\nmug,Mug\n")), Ct);
        var nothing = await owner.PostAsync(ImportsUrl, new MultipartFormDataContent { { new StringContent("no file"), "note" } }, Ct);

        await ShouldBeProblemAsync(image, HttpStatusCode.BadRequest, CommerceErrorCodes.ProductTransfers.NotACsvFile);
        await ShouldBeProblemAsync(columns, HttpStatusCode.BadRequest, CommerceErrorCodes.ProductTransfers.MissingColumns);
        await ShouldBeProblemAsync(nothing, HttpStatusCode.BadRequest, CommerceErrorCodes.ProductTransfers.NotACsvFile);
        (await owner.GetFromJsonAsync<PagedResultDto<ProductImportListItemDto>>(ImportsUrl, Json, Ct))!.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task The_export_is_a_csv_attachment_that_starts_with_the_header_row()
    {
        var (tenant, owner) = await NewTenantAsync();
        var import = await (await owner.PostAsync(ImportsUrl, Form(Csv("mug,Mug,,,,,,,,,,MUG-1,,9.5,,,4")), Ct)).Content.ReadFromJsonAsync<ProductImportDto>(Json, Ct);
        await RunImportJobAsync(tenant.Id, import!.Id);

        var response = await owner.GetAsync(ExportUrl, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("products.csv");
        var lines = (await response.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Split("\r\n");
        lines[0].ShouldBe(Header);
        lines[1].ShouldBe("mug,Mug,,draft,,,,,,,,MUG-1,,9.5,,,4");
    }

    [Fact]
    public async Task Another_tenants_import_answers_404()
    {
        var (_, ownerA) = await NewTenantAsync();
        var (_, ownerB) = await NewTenantAsync();
        var import = await (await ownerA.PostAsync(ImportsUrl, Form(Csv("mug,Mug,,,,,,,,,,,,1,,,")), Ct)).Content.ReadFromJsonAsync<ProductImportDto>(Json, Ct);

        var response = await ownerB.GetAsync($"{ImportsUrl}/{import!.Id}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.GetFromJsonAsync<PagedResultDto<ProductImportListItemDto>>(ImportsUrl, Json, Ct))!.TotalCount.ShouldBe(0);
    }

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private static MultipartFormDataContent Form(byte[] content, string fileName = "products.csv")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }

    /// <summary>The job server is off in tests: the job runs here as Hangfire would run it.</summary>
    private async Task RunImportJobAsync(Guid tenantId, Guid importId)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ImportProductsJob>().ExecuteAsync(new(tenantId, importId), Ct);
    }

    /// <summary>A new tenant on the seeded Standard plan, and a client signed in as its owner.</summary>
    private async Task<(TenantDto Tenant, HttpClient Owner)> NewTenantAsync()
    {
        var editions = await Client.GetFromJsonAsync<List<EditionDto>>("/api/host/features/editions", Json, Ct);
        var input = TenantInput.Create(editionId: editions!.Single(e => e.Name == EditionDataSeedContributor.Standard).Id);
        var tenant = await (await Client.PostAsJsonAsync(TenantsUrl, input, Ct)).Content.ReadFromJsonAsync<TenantDto>(Json, Ct);
        return (tenant!, Host.CreateClient(await Host.SignInAsync(input.Slug, input.OwnerEmail, input.OwnerPassword)));
    }
}
