using System.Text;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Npgsql;

namespace Commerce.Catalog.ProductImages;

public sealed class ProductImageUploadTests(TestDatabase database) : ProductImageTestBase(database)
{
    [Fact]
    public async Task A_png_upload_is_kept_with_what_its_content_is_and_its_thumbnails_are_queued()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var content = TestImages.Png(800, 600);

        var image = await UploadAsync(tenant, owner, content);

        (image.ContentType, image.Width, image.Height, image.ByteSize).ShouldBe(("image/png", 800, 600, (long)content.Length));
        (image.ProductId, image.Position, image.ThumbnailState).ShouldBe((ProductId, 0, ProductImageThumbnailState.Pending));
        (await File.ReadAllBytesAsync(BlobPath(tenant.Id, $"{image.Id:N}/original"), Ct)).ShouldBe(content);
        Jobs.Enqueued.ShouldBe([new GenerateProductImageThumbnailsArgs(tenant.Id, image.Id)]);
    }

    [Fact]
    public async Task Each_upload_goes_to_the_end_of_the_product_s_gallery()
    {
        var (tenant, owner) = await CreateTenantAsync();

        var first = await UploadAsync(tenant, owner, TestImages.Jpeg(640, 480));
        var second = await UploadAsync(tenant, owner, TestImages.Webp(320, 240));
        await UploadAsync(tenant, owner, TestImages.Png(10, 10), productId: (await CreateProductAsync(tenant, owner)).Id);

        (await GetListAsync(tenant, owner)).Select(i => (i.Id, i.Position, i.ContentType))
            .ShouldBe([(first.Id, 0, "image/jpeg"), (second.Id, 1, "image/webp")]);
    }

    [Fact]
    public async Task A_text_file_is_refused_and_nothing_is_written()
    {
        var (tenant, owner) = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => UploadAsync(tenant, owner, Encoding.UTF8.GetBytes("not a photo.jpg")));

        ex.Code.ShouldBe(CommerceErrorCodes.Media.NotAnImage);
        await ShouldHaveWrittenNothingAsync(tenant, owner);
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_and_nothing_is_written()
    {
        var (tenant, owner) = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => UploadAsync(tenant, owner, TestImages.PngHeaderClaiming(50_000, 50_000)));

        ex.Code.ShouldBe(CommerceErrorCodes.Media.ImageDimensionsTooLarge);
        await ShouldHaveWrittenNothingAsync(tenant, owner);
    }

    [Fact]
    public async Task A_member_without_the_edit_permission_cannot_upload()
    {
        var (tenant, owner) = await CreateTenantAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => Services.AsMemberAsync(tenant, Guid.CreateVersion7(), [CommerceRoleNames.Staff],
            (IProductImageAppService s) => s.UploadAsync(ProductId, new UploadProductImageDto { Content = new MemoryStream(TestImages.Png(8, 8)) }, Ct)));

        ex.Code.ShouldBe(CommerceErrorCodes.Permissions.PermissionNotGranted);
        await ShouldHaveWrittenNothingAsync(tenant, owner);
    }

    [Fact]
    public async Task When_the_row_cannot_be_saved_the_stored_original_is_deleted_again()
    {
        var (tenant, owner) = await CreateTenantAsync();
        var refused = (await CreateProductAsync(tenant, owner)).Id;
        await ExecuteAsOwnerAsync($"""
            CREATE FUNCTION catalog.refuse_product_{refused:N}() RETURNS trigger LANGUAGE plpgsql AS
              $$ BEGIN IF NEW.product_id = '{refused}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER refuse_{refused:N} BEFORE INSERT ON catalog.product_images
              FOR EACH ROW EXECUTE FUNCTION catalog.refuse_product_{refused:N}();
            """);

        await Should.ThrowAsync<Exception>(() => UploadAsync(tenant, owner, TestImages.Png(8, 8), productId: refused));

        BlobFiles().ShouldBeEmpty();
        Jobs.Enqueued.ShouldBeEmpty();
    }

    private async Task ShouldHaveWrittenNothingAsync(TenantDto tenant, CommerceUser owner)
    {
        (await GetListAsync(tenant, owner)).ShouldBeEmpty();
        BlobFiles().ShouldBeEmpty();
        Jobs.Enqueued.ShouldBeEmpty();
    }

    private async Task ExecuteAsOwnerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.OwnerConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
