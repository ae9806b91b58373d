using Commerce.Domain.Events;
using Commerce.Notifications;

namespace Commerce.Customers;

/// <summary>Welcomes a new customer from the store the account was opened on.</summary>
public sealed class WelcomeCustomerWhenCustomerRegisteredHandler(ICustomerRepository customers, INotificationService notifications)
    : IDomainEventHandler<CustomerRegistered>
{
    public async Task HandleAsync(CustomerRegistered domainEvent, DomainEventContext context, CancellationToken ct)
    {
        if (await customers.FindAsync(domainEvent.CustomerId, ct) is not { } customer)
            return;
        await notifications.RequestAsync(new NotificationRequest
        {
            Kind = NotificationKind.CustomerRegistered, SourceEventId = context.EventId, StoreId = domainEvent.StoreId,
            RecipientEmail = customer.Email, RecipientName = customer.Name, CustomerId = customer.Id,
        }, ct);
    }
}
