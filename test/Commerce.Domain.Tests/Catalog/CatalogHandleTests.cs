namespace Commerce.Catalog;

public sealed class CatalogHandleTests
{
    [Theory]
    [InlineData("Organic Cotton T-Shirt", "organic-cotton-t-shirt")]
    [InlineData("  Crème Brûlée -- Mug!  ", "creme-brulee-mug")]
    [InlineData("Size 42", "size-42")]
    public void A_handle_is_made_from_the_title_when_none_is_given(string title, string handle) =>
        CatalogHandle.From(null, title).ShouldBe(handle);

    [Fact]
    public void A_given_handle_is_kept()
    {
        CatalogHandle.From("tee-1", "Organic Cotton T-Shirt").ShouldBe("tee-1");
    }

    [Theory]
    [InlineData("Upper")]
    [InlineData("-leading")]
    [InlineData("double--hyphen")]
    [InlineData("under_score")]
    public void A_handle_that_is_not_lower_case_words_joined_by_hyphens_fails_with_InvalidHandle(string handle) =>
        Should.Throw<BusinessException>(() => CatalogHandle.From(handle, "Title")).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidHandle);

    [Fact]
    public void A_title_without_a_letter_or_digit_gives_no_handle_and_fails_with_InvalidHandle() =>
        Should.Throw<BusinessException>(() => CatalogHandle.From(null, "!!! ???")).Code.ShouldBe(CommerceErrorCodes.Catalog.InvalidHandle);

    [Fact]
    public void A_handle_made_from_a_long_title_is_cut_at_the_column_length()
    {
        var handle = CatalogHandle.From(null, string.Join(' ', Enumerable.Repeat("word", 60)));

        handle.Length.ShouldBeLessThanOrEqualTo(HandleConsts.MaxLength);
        handle.ShouldNotEndWith("-");
    }
}
