using System.Net;
using System.Net.Http.Json;
using Commerce.Application.Dtos;
using Commerce.Catalog.Products;
using Commerce.Inventory;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;

namespace Commerce.HttpApi.Inventory;

public sealed class StockApiTests(TestHost host) : HttpTestBase(host)
{
    private const string StockUrl = "/api/inventory/stock";

    [Fact]
    public async Task Receiving_and_counting_stock_is_recorded_as_movements_newest_first()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var variantId = (await VariantsAsync(owner))[0];

        (await owner.PostAsJsonAsync($"{StockUrl}/{variantId}/changes", new ChangeStockDto { Quantity = 12, Reason = StockMovementReason.Received }, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var counted = await owner.PostAsJsonAsync($"{StockUrl}/{variantId}/changes", new ChangeStockDto { Quantity = 9, Reason = StockMovementReason.Counted, Note = "Shelf count" }, Json, Ct);

        (await counted.Content.ReadFromJsonAsync<StockItemDto>(Json, Ct))!.OnHand.ShouldBe(9);
        var history = await owner.GetFromJsonAsync<PagedResultDto<StockMovementDto>>($"{StockUrl}/{variantId}/movements", Json, Ct);
        history!.Items.Select(m => (m.Reason, m.Quantity, m.OnHandAfter)).ShouldBe([(StockMovementReason.Counted, -3, 9), (StockMovementReason.Received, 12, 12)]);
        history.Items[0].UserId.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_change_below_zero_answers_400_and_writes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var variantId = (await VariantsAsync(owner))[0];
        await owner.PostAsJsonAsync($"{StockUrl}/{variantId}/changes", new ChangeStockDto { Quantity = 2, Reason = StockMovementReason.Received }, Json, Ct);

        var response = await owner.PostAsJsonAsync($"{StockUrl}/{variantId}/changes", new ChangeStockDto { Quantity = -5 }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ReadProblemAsync(response)).GetProperty("code").GetString().ShouldBe(CommerceErrorCodes.Inventory.InvalidQuantity);
        (await owner.GetFromJsonAsync<StockItemDto>($"{StockUrl}/{variantId}", Json, Ct))!.OnHand.ShouldBe(2);
        (await owner.GetFromJsonAsync<PagedResultDto<StockMovementDto>>($"{StockUrl}/{variantId}/movements", Json, Ct))!.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task A_bulk_change_with_one_bad_row_changes_nothing()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var variants = await VariantsAsync(owner);
        var (a, b) = (variants[0], variants[1]);

        var response = await owner.PostAsJsonAsync($"{StockUrl}/changes", new ChangeStockManyDto
        {
            Items = [new BulkStockChangeDto { VariantId = a, Quantity = 5, Reason = StockMovementReason.Received }, new BulkStockChangeDto { VariantId = b, Quantity = -1 }],
        }, Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await owner.GetFromJsonAsync<StockItemDto>($"{StockUrl}/{a}", Json, Ct))!.OnHand.ShouldBe(0);
    }

    [Fact]
    public async Task The_low_stock_view_lists_what_fell_to_its_threshold()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var variants = await VariantsAsync(owner);
        var (low, plenty) = (variants[0], variants[1]);
        await owner.PutAsJsonAsync("/api/inventory/settings", new InventorySettingsDto { DefaultLowStockThreshold = 3, LowStockAlertsEnabled = true }, Json, Ct);

        await owner.PostAsJsonAsync($"{StockUrl}/changes", new ChangeStockManyDto
        {
            Items =
            [
                new BulkStockChangeDto { VariantId = low, Quantity = 2, Reason = StockMovementReason.Received },
                new BulkStockChangeDto { VariantId = plenty, Quantity = 50, Reason = StockMovementReason.Received },
            ],
        }, Json, Ct);

        var view = await owner.GetFromJsonAsync<PagedResultDto<StockItemDto>>($"{StockUrl}?state=LowStock", Json, Ct);
        view!.Items.Select(i => i.VariantId).ShouldBe([low]);
    }

    [Fact]
    public async Task A_new_default_threshold_moves_variants_in_and_out_of_the_low_stock_view_at_once()
    {
        using var owner = await OwnerOfNewTenantAsync();
        var variants = await VariantsAsync(owner);
        await owner.PostAsJsonAsync($"{StockUrl}/{variants[0]}/changes", new ChangeStockDto { Quantity = 8, Reason = StockMovementReason.Received }, Json, Ct);

        await owner.PutAsJsonAsync("/api/inventory/settings", new InventorySettingsDto { DefaultLowStockThreshold = 10, LowStockAlertsEnabled = true }, Json, Ct);
        var low = await owner.GetFromJsonAsync<PagedResultDto<StockItemDto>>($"{StockUrl}?state=LowStock", Json, Ct);
        await owner.PutAsJsonAsync("/api/inventory/settings", new InventorySettingsDto { DefaultLowStockThreshold = 2, LowStockAlertsEnabled = true }, Json, Ct);
        var none = await owner.GetFromJsonAsync<PagedResultDto<StockItemDto>>($"{StockUrl}?state=LowStock", Json, Ct);

        low!.Items.Select(i => i.VariantId).ShouldBe([variants[0]]);
        none!.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_tenant_s_stock_answers_404()
    {
        using var first = await OwnerOfNewTenantAsync();
        using var second = await OwnerOfNewTenantAsync();
        var variantId = (await VariantsAsync(first))[0];
        await first.PostAsJsonAsync($"{StockUrl}/{variantId}/changes", new ChangeStockDto { Quantity = 4, Reason = StockMovementReason.Received }, Json, Ct);

        (await second.GetAsync($"{StockUrl}/{variantId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await second.GetAsync($"{StockUrl}/{variantId}/movements", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<IReadOnlyList<Guid>> VariantsAsync(HttpClient owner)
    {
        var response = await owner.PostAsJsonAsync("/api/catalog/products", ProductInput.WithColors("Red", "Blue"), Json, Ct);
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<ProductDto>(Json, Ct))!.Variants.Select(v => v.Id)];
    }
}
