using System.Net;
using Commerce.Domain.Events;
using Commerce.Emailing;
using Commerce.Identity;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Inventory;

/// <summary>Emails the tenant's owners that a variant ran low, unless the tenant turned the alerts off.</summary>
public sealed class NotifyOwnersWhenStockRanLowHandler(
    IInventorySettingsRepository settings, UserManager<CommerceUser> users, IEmailSender sender)
    : IDomainEventHandler<StockRanLow>
{
    public async Task HandleAsync(StockRanLow domainEvent, DomainEventContext context, CancellationToken ct)
    {
        if ((await settings.FindCurrentAsync(ct))?.LowStockAlertsEnabled == false)
            return;
        var subject = $"Low stock: {domainEvent.Available} left";
        var text = $"A variant ({domainEvent.VariantId}) is down to {domainEvent.Available} available, at or below its threshold of {domainEvent.Threshold}.";
        foreach (var owner in await users.GetUsersInRoleAsync(CommerceRoleNames.Owner))
        {
            if (owner.Email is { } email)
                await sender.SendAsync(new EmailMessage(email, subject, $"<p>{WebUtility.HtmlEncode(text)}</p>", text), ct);
        }
    }
}
