namespace Commerce.BlobStoring;

public sealed class BlobNameTests
{
    [Theory]
    [InlineData("product-images", "0192f0c1/original")]
    [InlineData("exports", "2026/11/orders_1.csv")]
    [InlineData("abc", "a")]
    public void A_name_of_plain_segments_is_accepted(string container, string path)
    {
        var name = new BlobName(container, path);

        name.ToString().ShouldBe($"{container}/{path}");
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../secrets")]
    [InlineData("a/../../b")]
    [InlineData("a/./b")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\..\\b")]
    [InlineData("C:/windows")]
    [InlineData("a//b")]
    [InlineData("a/")]
    [InlineData(".hidden")]
    [InlineData("a b")]
    [InlineData("a\0b")]
    [InlineData("")]
    public void A_path_that_could_leave_its_container_is_refused(string path) =>
        Should.Throw<ArgumentException>(() => new BlobName("product-images", path));

    [Theory]
    [InlineData("..")]
    [InlineData("Product-Images")]
    [InlineData("a/b")]
    [InlineData("ab")]
    [InlineData("-images")]
    [InlineData("images-")]
    public void A_container_that_is_not_a_bucket_name_is_refused(string container) =>
        Should.Throw<ArgumentException>(() => new BlobName(container, "a"));

    [Fact]
    public void A_path_longer_than_the_limit_is_refused() =>
        Should.Throw<ArgumentException>(() => new BlobName("images", new string('a', BlobNameConsts.PathMaxLength + 1)));

    [Fact]
    public void A_tenant_s_key_starts_with_its_own_prefix_and_the_host_s_with_host()
    {
        var tenant = Guid.Parse("0192f0c1-7a5e-7c3b-9d2e-1a2b3c4d5e6f");
        var name = new BlobName("product-images", "p/i/original");

        name.ToKey(tenant).ShouldBe("tenants/0192f0c1-7a5e-7c3b-9d2e-1a2b3c4d5e6f/product-images/p/i/original");
        name.ToKey(null).ShouldBe("host/product-images/p/i/original");
    }
}
