using Commerce.Domain.Events;
using Commerce.Notifications;

namespace Commerce.Ordering.Notifications;

/// <summary>Tells the customer a parcel left, with the tracking of the shipment the event names.</summary>
internal sealed class NotifyCustomerWhenOrderShippedHandler(OrderNotifier notifier) : IDomainEventHandler<OrderShipped>
{
    public Task HandleAsync(OrderShipped domainEvent, DomainEventContext context, CancellationToken ct) =>
        notifier.RequestAsync(NotificationKind.OrderShipped, domainEvent.OrderId, context, ct, (order, model) =>
            order.Shipments.FirstOrDefault(s => s.Id == domainEvent.ShipmentId) is { } shipment
                ? model with { Carrier = shipment.Carrier, TrackingNumber = shipment.TrackingNumber, TrackingUrl = shipment.TrackingUrl }
                : model);
}
