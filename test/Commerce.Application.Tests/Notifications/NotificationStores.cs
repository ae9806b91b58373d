using Commerce.Notifications.Rendering;
using Commerce.Stores;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Notifications;

/// <summary>A tenant with one store in the given locale and currency, and its notifications rendered as the job renders them.</summary>
internal static class NotificationStores
{
    public static async Task<(StoreTenant Tenant, StoreDto Store)> CreateAsync(
        CommerceTestServices services, CancellationToken ct, string locale = "en-US", string currency = "USD",
        Func<UpdateStoreDto, UpdateStoreDto>? change = null)
    {
        var tenant = await StoreTenant.CreateAsync(services, multiStore: false, maxStores: 1, ct);
        var input = StoreInput.Create(currency: currency) with { DefaultLocale = locale, TimeZone = "Europe/London" };
        var store = await tenant.AsOwnerAsync<IStoreAppService, StoreDto>(services, s => s.CreateAsync(input, ct));
        if (change is not null)
            store = await tenant.AsOwnerAsync<IStoreAppService, StoreDto>(services, s => s.UpdateAsync(store.Id, change(StoreInput.Update(store)), ct));
        return (tenant, store);
    }

    public static Task<RenderedNotification> RenderAsync(
        CommerceTestServices services, StoreTenant tenant, Guid storeId, NotificationKind kind, string? recipientName,
        NotificationOrderModel? order, CancellationToken ct, string? actionUrl = null)
    {
        using var scope = services.AsTenant(tenant.Tenant.Id);
        return services.InScopeAsync(async sp =>
        {
            var composer = sp.GetRequiredService<NotificationComposer>();
            var store = await composer.GetStoreAsync(storeId, ct);
            var content = await composer.GetContentAsync(store, kind, ct);
            return await composer.RenderAsync(store, content, "buyer@example.com", recipientName, order, actionUrl);
        });
    }

    public static NotificationOrderModel Order(string currency) => new()
    {
        Number = "#1042",
        PlacedAt = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero),
        Currency = currency,
        Lines = [new NotificationOrderLine("Mug", "Large", "MUG-L", 2, 624.75m, 1249.50m)],
        Subtotal = 1249.50m,
        ShippingTotal = 0m,
        TaxTotal = 0m,
        GrandTotal = 1249.50m,
    };
}
