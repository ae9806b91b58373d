using System.Text;
using Commerce.EntityFrameworkCore.BlobStoring;
using Commerce.Identity;
using Commerce.Media;
using Commerce.MultiTenancy;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Commerce.Stores.Media;

public sealed class StoreMediaAppServiceTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly string blobRoot = Path.Combine(Path.GetTempPath(), "commerce-blobs-" + Guid.NewGuid().ToString("N"));
    private readonly CommerceTestServices services;

    public StoreMediaAppServiceTests(TestDatabase database) =>
        services = new CommerceTestServices(database, s => s.Configure<BlobStoringOptions>(o => o.FileSystem.RootPath = blobRoot));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await services.SeedAsync();

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (Directory.Exists(blobRoot))
            Directory.Delete(blobRoot, recursive: true);
    }

    [Fact]
    public async Task An_upload_keeps_the_original_and_a_png_of_at_most_1920_px_that_its_public_address_serves()
    {
        var (tenant, storeId) = await StoreOfNewTenantAsync();
        var content = TestImages.Png(3000, 1000);

        var media = await UploadAsync(tenant, storeId, content);

        media.Url.ShouldBe($"/media/store-media/{tenant.Tenant.Id}/{media.Id}/1920.png");
        (media.ContentType, media.Width, media.Height).ShouldBe(("image/png", 1920, 640));
        (await File.ReadAllBytesAsync(BlobPath(tenant.Tenant.Id, $"{media.Id:N}/original"), Ct)).ShouldBe(content);
        var (contentType, etag, bytes) = await GetAsync(tenant.Tenant.Id, media.Id, "1920.png");
        (contentType, etag).ShouldBe(("image/png", $"\"{media.Id:N}-1920.png\""));
        using var served = SKBitmap.Decode(bytes);
        (served.Width, served.Height).ShouldBe((1920, 640));
    }

    [Fact]
    public async Task A_jpeg_photo_is_shown_as_an_upright_jpeg_without_its_exif_data()
    {
        var (tenant, storeId) = await StoreOfNewTenantAsync();

        var media = await UploadAsync(tenant, storeId, TestImages.WithExifOrientation(TestImages.Jpeg(400, 200), 6));

        media.Url.ShouldEndWith("/1920.jpg");
        (media.ContentType, media.Width, media.Height).ShouldBe(("image/jpeg", 200, 400));
        using var data = SKData.CreateCopy((await GetAsync(tenant.Tenant.Id, media.Id, "1920.jpg")).Bytes);
        using var codec = SKCodec.Create(data);
        (codec.EncodedFormat, codec.EncodedOrigin, codec.Info.Width).ShouldBe((SKEncodedImageFormat.Jpeg, SKEncodedOrigin.TopLeft, 200));
    }

    [Fact]
    public async Task A_small_logo_is_never_made_larger()
    {
        var (tenant, storeId) = await StoreOfNewTenantAsync();

        var media = await UploadAsync(tenant, storeId, TestImages.Jpeg(200, 80));

        (media.Width, media.Height).ShouldBe((200, 80));
    }

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "text named like a photo", Encoding.UTF8.GetBytes("not a photo.png"), CommerceErrorCodes.Media.NotAnImage },
        { "decompression bomb", TestImages.PngHeaderClaiming(50_000, 50_000), CommerceErrorCodes.Media.ImageDimensionsTooLarge },
        { "file over 10 MB", new byte[ImageUploadConsts.MaxByteSize + 1], CommerceErrorCodes.Media.ImageTooLarge },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_the_product_images_code_and_nothing_is_written(string kind, byte[] content, string code)
    {
        var (tenant, storeId) = await StoreOfNewTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => UploadAsync(tenant, storeId, content));

        (ex.Code, ex.Kind).ShouldBe((code, BusinessErrorKind.Invalid), kind);
        BlobFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_tenant_s_store_is_not_found_and_nothing_is_written()
    {
        var (_, storeOfA) = await StoreOfNewTenantAsync();
        var (tenantB, _) = await StoreOfNewTenantAsync();

        await Should.ThrowAsync<EntityNotFoundException>(() => UploadAsync(tenantB, storeOfA, TestImages.Png(8, 8)));

        BlobFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_member_without_the_store_edit_permission_cannot_upload()
    {
        var (tenant, storeId) = await StoreOfNewTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => services.AsMemberAsync(tenant.Tenant, Guid.CreateVersion7(), [CommerceRoleNames.Staff],
            (IStoreMediaAppService s) => s.UploadAsync(storeId, new UploadStoreMediaDto { Content = new MemoryStream(TestImages.Png(8, 8)) }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        BlobFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_original_another_file_another_tenant_s_id_and_an_unknown_tenant_are_not_found()
    {
        var (tenantA, storeOfA) = await StoreOfNewTenantAsync();
        var (tenantB, _) = await StoreOfNewTenantAsync();
        var media = await UploadAsync(tenantA, storeOfA, TestImages.Png(8, 8));

        foreach (var name in new[] { "original", "1920", "1920.jpg", "1920.webp", "480.png", "../original" })
            await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(tenantA.Tenant.Id, media.Id, name));
        await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(tenantB.Tenant.Id, media.Id, "1920.png"));
        await Should.ThrowAsync<EntityNotFoundException>(() => GetAsync(Guid.CreateVersion7(), media.Id, "1920.png"));
        (await GetAsync(tenantA.Tenant.Id, media.Id, "1920.png")).ContentType.ShouldBe("image/png");
    }

    private async Task<(StoreTenant Tenant, Guid StoreId)> StoreOfNewTenantAsync()
    {
        var tenant = await StoreTenant.CreateAsync(services, multiStore: false, maxStores: 1, Ct);
        var store = await tenant.AsOwnerAsync(services, (IStoreAppService s) => s.CreateAsync(StoreInput.Create(), Ct));
        return (tenant, store.Id);
    }

    private Task<StoreMediaDto> UploadAsync(StoreTenant tenant, Guid storeId, byte[] content) =>
        tenant.AsOwnerAsync(services, (IStoreMediaAppService s) => s.UploadAsync(storeId, new UploadStoreMediaDto { Content = new MemoryStream(content) }, Ct));

    private Task<(string ContentType, string ETag, byte[] Bytes)> GetAsync(Guid tenantId, Guid mediaId, string fileName) =>
        services.InScopeAsync(async sp =>
        {
            var content = await sp.GetRequiredService<IStoreMediaContentAppService>().GetAsync(tenantId, mediaId, fileName, Ct);
            await using var stream = content.Content;
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, Ct);
            sp.GetRequiredService<ICurrentTenant>().Id.ShouldBeNull();
            return (content.ContentType, content.ETag, buffer.ToArray());
        });

    private string BlobPath(Guid tenantId, string path) =>
        Path.Combine(blobRoot, "tenants", tenantId.ToString("D"), StoreMediaConsts.BlobContainer, path);

    private string[] BlobFiles() => Directory.Exists(blobRoot) ? Directory.GetFiles(blobRoot, "*", SearchOption.AllDirectories) : [];
}
