namespace Commerce.Catalog.ProductImages;

public sealed class ProductImageTests
{
    private static readonly Guid ProductId = Guid.CreateVersion7();

    [Fact]
    public void A_new_image_waits_for_its_thumbnails_and_keeps_its_original_under_its_own_id()
    {
        var id = Guid.CreateVersion7();

        var image = new ProductImage(id, ProductId, "image/png", 800, 600, 12_345, 3);

        image.ThumbnailState.ShouldBe(ProductImageThumbnailState.Pending);
        image.ThumbnailSizes.ShouldBeEmpty();
        image.HasThumbnail(160).ShouldBeFalse();
        image.OriginalBlob().ToString().ShouldBe($"product-images/{id:N}/original");
        ProductImage.ThumbnailBlob(id, 480).ToString().ShouldBe($"product-images/{id:N}/480.webp");
    }

    [Fact]
    public void Thumbnails_marked_ready_twice_are_the_same_sizes_once_in_order()
    {
        var image = NewImage();

        image.MarkThumbnailsReady([1024, 160, 480]);
        image.MarkThumbnailsReady([480, 1024, 160, 160]);

        image.ThumbnailState.ShouldBe(ProductImageThumbnailState.Ready);
        image.ThumbnailSizes.ShouldBe([160, 480, 1024]);
        image.HasThumbnail(480).ShouldBeTrue();
        image.HasThumbnail(300).ShouldBeFalse();
    }

    [Fact]
    public void Alt_text_is_trimmed_and_blank_clears_it()
    {
        var image = NewImage();

        image.Describe("  A blue mug  ");
        image.AltText.ShouldBe("A blue mug");
        image.Describe("   ");
        image.AltText.ShouldBeNull();
    }

    [Fact]
    public void Alt_text_past_its_length_is_a_programmer_error() =>
        Should.Throw<ArgumentOutOfRangeException>(() => NewImage().Describe(new string('a', ProductImageConsts.AltTextMaxLength + 1)));

    [Fact]
    public void Setting_variants_replaces_them_and_names_each_once()
    {
        var (red, blue, green) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var image = NewImage();

        image.SetVariants([red, blue, red]);
        image.SetVariants([blue, green]);

        image.VariantIds.ShouldBe([blue, green], ignoreOrder: true);
    }

    [Fact]
    public void An_image_without_a_size_or_type_cannot_be_made()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ProductImage(Guid.CreateVersion7(), ProductId, "image/png", 0, 600, 1, 0));
        Should.Throw<ArgumentException>(() => new ProductImage(Guid.CreateVersion7(), ProductId, " ", 800, 600, 1, 0));
    }

    internal static ProductImage NewImage(int position = 0) =>
        new(Guid.CreateVersion7(), ProductId, "image/jpeg", 800, 600, 10_000, position);
}
