using Commerce.Domain.Events;
using Commerce.Notifications;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Customers;

/// <summary>
/// Makes the reset token only now, as the link is sent (data protection, bound to the security stamp), so no
/// token is ever written to the outbox or any table.
/// </summary>
public sealed class SendPasswordResetWhenCustomerPasswordResetRequestedHandler(
    ICustomerRepository customers, UserManager<Customer> users, INotificationService notifications)
    : IDomainEventHandler<CustomerPasswordResetRequested>
{
    public async Task HandleAsync(CustomerPasswordResetRequested domainEvent, DomainEventContext context, CancellationToken ct)
    {
        if (await customers.FindAsync(domainEvent.CustomerId, ct) is not { } customer)
            return;
        var token = await users.GeneratePasswordResetTokenAsync(customer);
        var link = $"{domainEvent.StorefrontOrigin}/account/password/reset?id={customer.Id}&token={Uri.EscapeDataString(token)}";
        await notifications.RequestAsync(new NotificationRequest
        {
            Kind = NotificationKind.PasswordReset, SourceEventId = context.EventId, StoreId = domainEvent.StoreId,
            RecipientEmail = customer.Email, RecipientName = customer.Name, CustomerId = customer.Id, ActionUrl = link,
        }, ct);
    }
}
