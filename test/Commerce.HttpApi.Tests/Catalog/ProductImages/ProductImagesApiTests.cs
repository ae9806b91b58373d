using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Features;
using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.HttpApi.Catalog.ProductImages;

public sealed class ProductImagesApiTests(TestHost host) : HttpTestBase(host)
{
    private Guid productId;

    private string ImagesUrl => $"/api/catalog/products/{productId}/images";

    [Fact]
    public async Task A_png_uploaded_as_multipart_answers_201_with_the_image_and_where_it_is()
    {
        var (_, owner) = await NewTenantAsync();

        var response = await owner.PostAsync(ImagesUrl, Form(TestImages.Png(640, 480), "mug.png", "image/png", "A blue mug"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var image = (await response.Content.ReadFromJsonAsync<ProductImageDto>(Json, Ct))!;
        (image.ContentType, image.Width, image.Height, image.AltText).ShouldBe(("image/png", 640, 480, "A blue mug"));
        response.Headers.Location!.AbsolutePath.ShouldBe($"{ImagesUrl}/{image.Id}");
        (await owner.GetFromJsonAsync<List<ProductImageDto>>(ImagesUrl, Json, Ct))!.Single().Id.ShouldBe(image.Id);
    }

    [Fact]
    public async Task A_text_file_named_like_a_jpeg_or_no_file_at_all_answers_400_NotAnImage_and_adds_nothing()
    {
        var (_, owner) = await NewTenantAsync();

        var text = await owner.PostAsync(ImagesUrl, Form(Encoding.UTF8.GetBytes("just some text"), "photo.jpg", "image/jpeg"), Ct);
        var nothing = await owner.PostAsync(ImagesUrl, new MultipartFormDataContent { { new StringContent("no file"), "altText" } }, Ct);

        await ShouldBeProblemAsync(text, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.NotAnImage);
        await ShouldBeProblemAsync(nothing, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.NotAnImage);
        (await owner.GetFromJsonAsync<List<ProductImageDto>>(ImagesUrl, Json, Ct))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_over_10_MB_answers_400_ImageTooLarge_and_a_request_past_the_upload_limit_is_refused()
    {
        var (_, owner) = await NewTenantAsync();

        var justOver = await owner.PostAsync(ImagesUrl, Form(new byte[ProductImageConsts.MaxByteSize + 1]), Ct);
        var farOver = await owner.PostAsync(ImagesUrl, Form(new byte[ProductImageConsts.MaxUploadRequestSize + (1024 * 1024)]), Ct);

        await ShouldBeProblemAsync(justOver, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.ImageTooLarge);
        farOver.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        (await ReadProblemAsync(farOver)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Validation);
        (await owner.GetFromJsonAsync<List<ProductImageDto>>(ImagesUrl, Json, Ct))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_public_address_serves_anyone_the_bytes_with_their_type_and_long_cache_headers()
    {
        var (tenant, owner) = await NewTenantAsync();
        var content = TestImages.Jpeg(1200, 900);
        var image = await UploadAsync(owner, content);
        await RunThumbnailJobAsync(tenant.Id, image.Id);
        using var anonymous = Host.CreateClient(accessToken: null);

        var original = await anonymous.GetAsync(MediaUrl(tenant.Id, image.Id, "original"), Ct);
        var thumbnail = await anonymous.GetAsync(MediaUrl(tenant.Id, image.Id, "480"), Ct);

        original.StatusCode.ShouldBe(HttpStatusCode.OK);
        original.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        (await original.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(content);
        original.Headers.CacheControl!.Public.ShouldBeTrue();
        original.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        thumbnail.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        var again = new HttpRequestMessage(HttpMethod.Get, MediaUrl(tenant.Id, image.Id, "original"));
        again.Headers.IfNoneMatch.Add(original.Headers.ETag!);
        (await anonymous.SendAsync(again, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task The_public_address_answers_404_for_an_unknown_image_size_or_tenant()
    {
        var (tenant, owner) = await NewTenantAsync();
        var image = await UploadAsync(owner, TestImages.Png(8, 8));
        using var anonymous = Host.CreateClient(accessToken: null);

        await ShouldBeProblemAsync(await anonymous.GetAsync(MediaUrl(tenant.Id, Guid.CreateVersion7(), "original"), Ct), HttpStatusCode.NotFound, CommerceErrorCodes.NotFound);
        await ShouldBeProblemAsync(await anonymous.GetAsync(MediaUrl(tenant.Id, image.Id, "160"), Ct), HttpStatusCode.NotFound, CommerceErrorCodes.NotFound);
        await ShouldBeProblemAsync(await anonymous.GetAsync(MediaUrl(Guid.CreateVersion7(), image.Id, "original"), Ct), HttpStatusCode.NotFound, CommerceErrorCodes.NotFound);
    }

    [Fact]
    public async Task Another_tenant_s_image_is_not_found_through_the_api_nor_under_its_own_tenant_id()
    {
        var (tenantA, ownerA) = await NewTenantAsync();
        var productOfA = productId;
        var (tenantB, ownerB) = await NewTenantAsync();
        productId = productOfA;
        var image = await UploadAsync(ownerA, TestImages.Png(8, 8));

        (await ownerB.GetAsync($"{ImagesUrl}/{image.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.PutAsJsonAsync($"{ImagesUrl}/{image.Id}", new { altText = "mine", version = image.Version }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.DeleteAsync($"{ImagesUrl}/{image.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerB.GetAsync(MediaUrl(tenantB.Id, image.Id, "original"), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ownerA.GetFromJsonAsync<ProductImageDto>($"{ImagesUrl}/{image.Id}", Json, Ct))!.AltText.ShouldBeNull();
        (await ownerA.GetAsync(MediaUrl(tenantA.Id, image.Id, "original"), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Alt_text_over_its_length_answers_400_and_changes_nothing()
    {
        var (_, owner) = await NewTenantAsync();
        var image = await UploadAsync(owner, TestImages.Png(8, 8));

        var response = await owner.PutAsJsonAsync($"{ImagesUrl}/{image.Id}",
            new { altText = new string('a', ProductImageConsts.AltTextMaxLength + 1), version = image.Version }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("errors").TryGetProperty("AltText", out _).ShouldBeTrue();
        (await owner.GetFromJsonAsync<ProductImageDto>($"{ImagesUrl}/{image.Id}", Json, Ct))!.Version.ShouldBe(image.Version);
    }

    [Fact]
    public async Task A_reorder_that_leaves_an_image_out_answers_400_GalleryOrderMismatch_and_a_full_one_200()
    {
        var (_, owner) = await NewTenantAsync();
        var first = await UploadAsync(owner, TestImages.Png(8, 8));
        var second = await UploadAsync(owner, TestImages.Png(8, 8));

        var partial = await owner.PostAsJsonAsync($"{ImagesUrl}/reorder", new { imageIds = new[] { second.Id } }, Ct);
        var full = await owner.PostAsJsonAsync($"{ImagesUrl}/reorder", new { imageIds = new[] { second.Id, first.Id } }, Ct);

        await ShouldBeProblemAsync(partial, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.GalleryOrderMismatch);
        full.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.GetFromJsonAsync<List<ProductImageDto>>(ImagesUrl, Json, Ct))!.Select(i => i.Id).ShouldBe([second.Id, first.Id]);
    }

    private static string MediaUrl(Guid tenantId, Guid imageId, string size) => $"/media/product-images/{tenantId}/{imageId}/{size}";

    private static MultipartFormDataContent Form(byte[] content, string fileName = "photo.jpg", string contentType = "image/jpeg", string? altText = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (altText is not null)
            form.Add(new StringContent(altText), "altText");
        return form;
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }

    private async Task<ProductImageDto> UploadAsync(HttpClient owner, byte[] content)
    {
        var response = await owner.PostAsync(ImagesUrl, Form(content), Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ProductImageDto>(Json, Ct))!;
    }

    /// <summary>The job server is off in tests: the job runs here as Hangfire would run it.</summary>
    private async Task RunThumbnailJobAsync(Guid tenantId, Guid imageId)
    {
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<GenerateProductImageThumbnailsJob>().ExecuteAsync(new(tenantId, imageId), Ct);
    }

    /// <summary>A new tenant on the seeded Standard plan, and a client signed in as its owner.</summary>
    private async Task<(TenantDto Tenant, HttpClient Owner)> NewTenantAsync()
    {
        var editions = await Client.GetFromJsonAsync<List<EditionDto>>("/api/host/features/editions", Json, Ct);
        var input = TenantInput.Create(editionId: editions!.Single(e => e.Name == EditionDataSeedContributor.Standard).Id);
        var tenant = await (await Client.PostAsJsonAsync(TenantsUrl, input, Ct)).Content.ReadFromJsonAsync<TenantDto>(Json, Ct);
        var owner = Host.CreateClient(await Host.SignInAsync(input.Slug, input.OwnerEmail, input.OwnerPassword));
        var created = await owner.PostAsJsonAsync("/api/catalog/products", ProductInput.WithColors("Red", "Blue"), Json, Ct);
        productId = (await created.Content.ReadFromJsonAsync<ProductDto>(Json, Ct))!.Id;
        return (tenant!, owner);
    }
}
