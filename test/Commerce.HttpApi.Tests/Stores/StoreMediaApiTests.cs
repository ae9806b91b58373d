using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Commerce.Features;
using Commerce.Media;
using Commerce.MultiTenancy;
using Commerce.Stores;
using Commerce.Stores.Media;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Stores;

public sealed class StoreMediaApiTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task A_png_uploaded_as_multipart_answers_201_with_its_public_address_which_a_logo_and_a_banner_can_use()
    {
        var (tenant, owner, store) = await NewStoreAsync();

        var response = await owner.PostAsync(MediaUrl(store.Id), Form(TestImages.Png(2400, 800), "logo.png", "image/png"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var media = (await response.Content.ReadFromJsonAsync<StoreMediaDto>(Json, Ct))!;
        (media.Url, media.ContentType, media.Width, media.Height).ShouldBe(($"/media/store-media/{tenant.Id}/{media.Id}/1920.png", "image/png", 1920, 640));
        response.Headers.Location!.OriginalString.ShouldBe(media.Url);
        var banner = new StoreBannerDto { ImageUrl = media.Url, Title = "Summer" };
        var saved = await owner.PutAsJsonAsync($"/api/stores/{store.Id}",
            StoreInput.Update(store) with { LogoUrl = media.Url, Theme = store.Theme with { Banners = [banner] } }, Json, Ct);
        var updated = (await saved.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!;
        (updated.LogoUrl, updated.Theme.Banners.Single().ImageUrl).ShouldBe((media.Url, media.Url));
    }

    [Fact]
    public async Task The_public_address_serves_anyone_the_picture_with_long_cache_headers_on_the_store_s_own_domain_too()
    {
        var (_, owner, store) = await NewStoreAsync();
        var media = await UploadAsync(owner, store.Id, TestImages.Jpeg(640, 480));
        using var anonymous = Host.CreateClient(accessToken: null);

        var file = await anonymous.GetAsync(media.Url, Ct);
        using var onStoreDomain = new HttpRequestMessage(HttpMethod.Get, media.Url) { Headers = { Host = $"{store.Slug}.localhost" } };
        var fromStore = await anonymous.SendAsync(onStoreDomain, Ct);

        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        (await file.Content.ReadAsByteArrayAsync(Ct)).Length.ShouldBeGreaterThan(0);
        file.Headers.CacheControl!.Public.ShouldBeTrue();
        file.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        fromStore.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = new HttpRequestMessage(HttpMethod.Get, media.Url) { Headers = { IfNoneMatch = { file.Headers.ETag! } } };
        (await anonymous.SendAsync(again, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_text_file_no_file_or_a_file_over_10_MB_answers_400_with_the_product_images_codes_and_writes_nothing()
    {
        var (tenant, owner, store) = await NewStoreAsync();

        var text = await owner.PostAsync(MediaUrl(store.Id), Form(Encoding.UTF8.GetBytes("just some text"), "logo.png", "image/png"), Ct);
        var nothing = await owner.PostAsync(MediaUrl(store.Id), new MultipartFormDataContent { { new StringContent("no file"), "other" } }, Ct);
        var justOver = await owner.PostAsync(MediaUrl(store.Id), Form(new byte[ImageUploadConsts.MaxByteSize + 1]), Ct);
        var farOver = await owner.PostAsync(MediaUrl(store.Id), Form(new byte[ImageUploadConsts.MaxUploadRequestSize + (1024 * 1024)]), Ct);

        await ShouldBeProblemAsync(text, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.NotAnImage);
        await ShouldBeProblemAsync(nothing, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.NotAnImage);
        await ShouldBeProblemAsync(justOver, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.ImageTooLarge);
        farOver.StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge);
        (await ReadProblemAsync(farOver)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Validation);
        Directory.Exists(TenantMediaDirectory(tenant.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_decompression_bomb_answers_400_ImageDimensionsTooLarge_and_writes_nothing()
    {
        var (tenant, owner, store) = await NewStoreAsync();

        var response = await owner.PostAsync(MediaUrl(store.Id), Form(TestImages.PngHeaderClaiming(50_000, 50_000), "huge.png", "image/png"), Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, CommerceErrorCodes.Media.ImageDimensionsTooLarge);
        Directory.Exists(TenantMediaDirectory(tenant.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Another_tenant_s_store_is_not_found_for_uploads_and_its_files_not_under_another_tenant_id()
    {
        var (tenantA, ownerA, storeOfA) = await NewStoreAsync();
        var (tenantB, ownerB, _) = await NewStoreAsync();
        var media = await UploadAsync(ownerA, storeOfA.Id, TestImages.Png(8, 8));
        using var anonymous = Host.CreateClient(accessToken: null);

        var upload = await ownerB.PostAsync(MediaUrl(storeOfA.Id), Form(TestImages.Png(8, 8), "logo.png", "image/png"), Ct);

        await ShouldBeProblemAsync(upload, HttpStatusCode.NotFound, CommerceErrorCodes.NotFound);
        (Directory.Exists(TenantMediaDirectory(tenantA.Id)), Directory.Exists(TenantMediaDirectory(tenantB.Id))).ShouldBe((true, false));
        var underB = media.Url.Replace(tenantA.Id.ToString(), tenantB.Id.ToString(), StringComparison.Ordinal);
        await ShouldBeProblemAsync(await anonymous.GetAsync(underB, Ct), HttpStatusCode.NotFound, CommerceErrorCodes.NotFound);
        await ShouldBeProblemAsync(await anonymous.GetAsync(media.Url[..media.Url.LastIndexOf('/')] + "/original", Ct), HttpStatusCode.NotFound, CommerceErrorCodes.NotFound);
        (await anonymous.GetAsync(media.Url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string MediaUrl(Guid storeId) => $"/api/stores/{storeId}/media";

    private string TenantMediaDirectory(Guid tenantId) =>
        Path.Combine(Host.Factory.BlobRootPath, "tenants", tenantId.ToString("D"), StoreMediaConsts.BlobContainer);

    private static MultipartFormDataContent Form(byte[] content, string fileName = "logo.jpg", string contentType = "image/jpeg")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(code);
    }

    private static async Task<StoreMediaDto> UploadAsync(HttpClient owner, Guid storeId, byte[] content)
    {
        var response = await owner.PostAsync(MediaUrl(storeId), Form(content), Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<StoreMediaDto>(Json, Ct))!;
    }

    /// <summary>A new tenant on the seeded Standard plan, a client signed in as its owner, and its store.</summary>
    private async Task<(TenantDto Tenant, HttpClient Owner, StoreDto Store)> NewStoreAsync()
    {
        var editions = await Client.GetFromJsonAsync<List<EditionDto>>("/api/host/features/editions", Json, Ct);
        var input = TenantInput.Create(editionId: editions!.Single(e => e.Name == EditionDataSeedContributor.Standard).Id);
        var tenant = await (await Client.PostAsJsonAsync(TenantsUrl, input, Ct)).Content.ReadFromJsonAsync<TenantDto>(Json, Ct);
        var owner = Host.CreateClient(await Host.SignInAsync(input.Slug, input.OwnerEmail, input.OwnerPassword));
        var created = await owner.PostAsJsonAsync("/api/stores", StoreInput.Create(), Json, Ct);
        return (tenant!, owner, (await created.Content.ReadFromJsonAsync<StoreDto>(Json, Ct))!);
    }
}
