namespace Commerce.Catalog.ProductImages;

public sealed class ProductImageGalleryTests
{
    [Fact]
    public void Reordering_puts_every_image_at_its_place_in_the_list()
    {
        var (a, b, c) = (ProductImageTests.NewImage(0), ProductImageTests.NewImage(1), ProductImageTests.NewImage(2));

        var ordered = ProductImageGallery.Reorder([a, b, c], [c.Id, a.Id, b.Id]);

        ordered.ShouldBe([c, a, b]);
        (c.Position, a.Position, b.Position).ShouldBe((0, 1, 2));
    }

    [Fact]
    public void An_empty_gallery_takes_an_empty_order() =>
        ProductImageGallery.Reorder([], []).ShouldBeEmpty();

    public static TheoryData<string, int[]> WrongOrders() => new()
    {
        { "one image left out", [0, 1] },
        { "one image twice", [0, 1, 1] },
        { "one image twice, one left out, same count", [0, 0, 2] },
        { "an image of another gallery", [0, 1, 2, -1] },
        { "nothing", [] },
    };

    [Theory]
    [MemberData(nameof(WrongOrders))]
    public void An_order_that_is_not_exactly_the_gallery_is_refused_and_moves_nothing(string situation, int[] indexes)
    {
        ProductImage[] gallery = [ProductImageTests.NewImage(0), ProductImageTests.NewImage(1), ProductImageTests.NewImage(2)];
        var order = indexes.Select(i => i < 0 ? Guid.CreateVersion7() : gallery[i].Id).ToList();

        var ex = Should.Throw<BusinessException>(() => ProductImageGallery.Reorder(gallery, order), situation);

        ex.Code.ShouldBe(CommerceErrorCodes.Media.GalleryOrderMismatch);
        ex.Kind.ShouldBe(BusinessErrorKind.Invalid);
        gallery.Select(i => i.Position).ShouldBe([0, 1, 2]);
    }
}
