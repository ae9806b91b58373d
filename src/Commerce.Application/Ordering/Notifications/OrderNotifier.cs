using Commerce.Domain.Events;
using Commerce.Notifications;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Ordering.Notifications;

/// <summary>
/// Asks Notifications for a message about an order: to its contact email, with a snapshot of the order and a link
/// to it on the store (the customer's account page, or a signed guest link for a guest order).
/// </summary>
internal sealed class OrderNotifier(
    IOrderRepository orders, IStoreRepository stores, IPaymentMethodRepository paymentMethods, NotificationComposer composer,
    IGuestOrderLinks guestLinks, INotificationService notifications)
{
    /// <summary>Requests the message; <paramref name="adjust"/> adds what only this event knows (a shipment, a reason).</summary>
    public async Task RequestAsync(
        NotificationKind kind, Guid orderId, DomainEventContext context, CancellationToken ct,
        Func<Order, NotificationOrderModel, NotificationOrderModel>? adjust = null)
    {
        if (await orders.FindAsync(orderId, ct) is not { } order)
            return;
        var method = await paymentMethods.FindAsync(order.PaymentMethodId, ct);
        var instructions = method?.Provider == PaymentProviderDefinitions.Manual ? method.Instructions : null;
        var model = OrderNotificationModel.From(order, instructions);
        var storeUrl = composer.StorefrontUrl(await stores.GetAsync(order.StoreId, ct)).TrimEnd('/');
        var actionUrl = order.CustomerId is null
            ? $"{storeUrl}/orders/{order.Id}?token={Uri.EscapeDataString(guestLinks.Mint(order.TenantId, order.Id))}"
            : $"{storeUrl}/account/orders/{order.Id}";
        await notifications.RequestAsync(new NotificationRequest
        {
            Kind = kind, SourceEventId = context.EventId, StoreId = order.StoreId, RecipientEmail = order.Email,
            RecipientName = order.ShippingAddress.Name, OrderId = order.Id, CustomerId = order.CustomerId,
            Order = adjust is null ? model : adjust(order, model), ActionUrl = actionUrl,
        }, ct);
    }
}
