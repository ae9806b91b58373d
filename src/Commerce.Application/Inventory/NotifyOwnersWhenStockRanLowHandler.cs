using System.Net;
using Commerce.Catalog.Products;
using Commerce.Domain.Events;
using Commerce.Domain.Repositories;
using Commerce.Emailing;
using Commerce.Identity;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Inventory;

/// <summary>Emails the tenant's owners that a variant ran low, unless the tenant turned the alerts off.</summary>
public sealed class NotifyOwnersWhenStockRanLowHandler(
    IInventorySettingsRepository settings, IProductRepository products, IStockItemRepository items, IAsyncQueryExecutor executor,
    UserManager<CommerceUser> users, IEmailSender sender)
    : IDomainEventHandler<StockRanLow>
{
    public async Task HandleAsync(StockRanLow domainEvent, DomainEventContext context, CancellationToken ct)
    {
        if ((await settings.FindCurrentAsync(ct))?.LowStockAlertsEnabled == false)
            return;
        var row = await executor.FirstOrDefaultAsync(StockQuery.Rows(products, items).Where(r => r.VariantId == domainEvent.VariantId), ct);
        if (row is null)
            return;
        var stock = row.ToDto();
        var name = stock.VariantTitle.Length == 0 ? stock.ProductTitle : $"{stock.ProductTitle} ({stock.VariantTitle})";
        var subject = $"Low stock: {name}, {domainEvent.Available} left";
        var text = $"{name}{(stock.Sku is null ? string.Empty : $", SKU {stock.Sku},")} is down to {domainEvent.Available} available, "
            + $"at or below its threshold of {domainEvent.Threshold}.";
        foreach (var owner in await users.GetUsersInRoleAsync(CommerceRoleNames.Owner))
        {
            if (owner.Email is { } email)
                await sender.SendAsync(new EmailMessage(email, subject, $"<p>{WebUtility.HtmlEncode(text)}</p>", text), ct);
        }
    }
}
