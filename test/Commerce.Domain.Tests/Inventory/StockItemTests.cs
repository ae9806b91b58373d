namespace Commerce.Inventory;

public sealed class StockItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Stock_on_hand_never_goes_below_zero_nor_below_what_is_reserved()
    {
        var item = Item(onHand: 5);
        item.Reserve(3);

        Should.Throw<BusinessException>(() => item.Change(-6, Now)).Code.ShouldBe(CommerceErrorCodes.Inventory.InvalidQuantity);
        Should.Throw<BusinessException>(() => item.Change(-3, Now)).Code.ShouldBe(CommerceErrorCodes.Inventory.StockBelowReserved);
        item.Change(-2, Now);
        item.Available.ShouldBe(0);
    }

    [Fact]
    public void Selling_more_than_is_available_is_refused_with_InsufficientStock()
    {
        var item = Item(onHand: 2);

        var ex = Should.Throw<BusinessException>(() => item.Take(3, Now));

        ex.Code.ShouldBe(CommerceErrorCodes.Inventory.InsufficientStock);
        ex.Details["available"].ShouldBe(2);
        item.OnHand.ShouldBe(2);
    }

    [Fact]
    public void Running_low_raises_the_event_once_per_crossing_and_re_arms_above_the_threshold()
    {
        var item = Item(onHand: 10);

        item.Take(4, Now);
        item.EvaluateLowStock(5);
        item.DomainEvents.ShouldBeEmpty();
        item.Take(1, Now);
        item.EvaluateLowStock(5);
        item.Take(1, Now);
        item.EvaluateLowStock(5);
        item.DomainEvents.ShouldHaveSingleItem().ShouldBe(new StockRanLow(item.VariantId, 5, 5));

        item.Change(10, Now);
        item.EvaluateLowStock(5);
        item.IsLow.ShouldBeFalse();
        item.Take(12, Now);
        item.EvaluateLowStock(5);
        item.DomainEvents.Count.ShouldBe(2);
    }

    [Fact]
    public void Receiving_a_little_stock_for_a_variant_that_had_none_raises_no_alert()
    {
        var item = new StockItem(Guid.CreateVersion7(), Guid.CreateVersion7());

        item.Change(2, Now);
        item.EvaluateLowStock(5);

        item.IsLow.ShouldBeTrue();
        item.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void A_variant_s_own_threshold_wins_over_the_tenant_default()
    {
        var item = Item(onHand: 8);
        item.ChangeLowStockThreshold(10);

        item.EvaluateLowStock(2);

        item.IsLow.ShouldBeTrue();
        Should.Throw<BusinessException>(() => item.ChangeLowStockThreshold(-1)).Code.ShouldBe(CommerceErrorCodes.Inventory.InvalidQuantity);
    }

    private static StockItem Item(int onHand)
    {
        var item = new StockItem(Guid.CreateVersion7(), Guid.CreateVersion7());
        item.Change(onHand, Now);
        return item;
    }
}
