namespace Commerce.Catalog.Categories;

public sealed class CategoryTreeTests
{
    private static readonly Guid Clothing = Guid.CreateVersion7();
    private static readonly Guid Shirts = Guid.CreateVersion7();
    private static readonly Guid TShirts = Guid.CreateVersion7();
    private static readonly Guid Mugs = Guid.CreateVersion7();

    private static readonly CategoryTree Tree = new(new Dictionary<Guid, Guid?>
    {
        [Clothing] = null,
        [Shirts] = Clothing,
        [TShirts] = Shirts,
        [Mugs] = null,
    });

    [Fact]
    public void A_category_is_its_own_descendant_and_so_is_every_category_below_it()
    {
        Tree.IsSelfOrDescendant(Clothing, Clothing).ShouldBeTrue();
        Tree.IsSelfOrDescendant(TShirts, Clothing).ShouldBeTrue();
        Tree.IsSelfOrDescendant(Shirts, Clothing).ShouldBeTrue();
    }

    [Fact]
    public void A_category_beside_or_above_is_not_a_descendant()
    {
        Tree.IsSelfOrDescendant(Mugs, Clothing).ShouldBeFalse();
        Tree.IsSelfOrDescendant(Clothing, Shirts).ShouldBeFalse();
    }

    [Fact]
    public void The_descendants_of_a_category_are_every_level_below_it()
    {
        Tree.SelfAndDescendants(Clothing).ShouldBe([Clothing, Shirts, TShirts], ignoreOrder: true);
        Tree.SelfAndDescendants(Mugs).ShouldBe([Mugs]);
    }

    [Fact]
    public void A_tree_with_a_cycle_in_its_data_still_answers()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();
        var broken = new CategoryTree(new Dictionary<Guid, Guid?> { [a] = b, [b] = a });

        broken.IsSelfOrDescendant(a, Guid.CreateVersion7()).ShouldBeFalse();
        broken.SelfAndDescendants(a).ShouldBe([a, b], ignoreOrder: true);
    }
}
