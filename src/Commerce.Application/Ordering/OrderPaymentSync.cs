using Commerce.Domain.Repositories;
using Commerce.Inventory;
using Commerce.Payments;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Ordering;

/// <summary>
/// Applies a payment state to its order and the order's stock, in one transaction with the order's row locked, so
/// checkout, webhooks and the expiry job apply one at a time. Money that arrives for a cancelled order goes back.
/// </summary>
internal sealed class OrderPaymentSync(
    IOrderRepository orders, IStockReservationRepository reservations, IStockItemRepository stock, InventoryManager inventory, IOrderPaymentService payments,
    IUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>Returns the order as saved.</summary>
    public async Task<Order> ApplyAsync(Guid orderId, PaymentStatus status, string? failureCode, CancellationToken ct)
    {
        Order order;
        var giveBack = false;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(ct))
        {
            await orders.LockAsync(orderId, ct);
            order = await orders.GetAsync(orderId, ct);
            var now = clock.GetUtcNow();
            var changed = order.ApplyPaymentStatus(status, OrderActor.System, now);
            switch (status)
            {
                case PaymentStatus.Authorized or PaymentStatus.Captured when order.Status == OrderStatus.Cancelled:
                    giveBack = changed;
                    break;
                case PaymentStatus.Authorized or PaymentStatus.Captured:
                    // Holds that ran out may be gone (another checkout releases expired holds): sell outright, or give up.
                    if (!order.StockSold && !await CommitStockAsync(order, ct) && !await TakeStockAsync(order, ct))
                    {
                        order.Cancel("the stock was no longer available when the payment arrived", OrderActor.System, now);
                        giveBack = changed;
                    }

                    break;
                case PaymentStatus.Pending when order.PaymentProvider == PaymentProviderDefinitions.Manual && order.Status == OrderStatus.Pending:
                    if (await CommitStockAsync(order, ct))
                        order.Confirm($"Order confirmed; awaiting payment by {order.PaymentMethodName}", OrderActor.System, now);
                    break;
                case PaymentStatus.Failed or PaymentStatus.Voided when order.Status == OrderStatus.Pending:
                    order.Cancel(failureCode is null ? $"payment {status.ToString().ToLowerInvariant()}" : $"payment failed ({failureCode})", OrderActor.System, now);
                    await ReleaseStockAsync(order, ct);
                    break;
            }

            await unitOfWork.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (giveBack)
            await GiveBackAsync(order, status, ct);
        return order;
    }

    /// <summary>
    /// The hold of an order ran out before its payment was confirmed: the order is cancelled, its stock released and its
    /// payment cancelled at the provider, so a shopper who finishes paying later is refused rather than charged. A
    /// confirmed order (its stock already sold) keeps going; any hold still left under it is released. A payment the
    /// provider confirmed in time whose event has not reached the order yet (the outbox lags) is applied instead, and
    /// one the provider can no longer cancel stays Pending: its confirmation, when it comes, is given back.
    /// </summary>
    public async Task ExpireAsync(Guid orderId, CancellationToken ct)
    {
        // Held as a staff action is: a cancel or capture of the same order by staff waits until this one is done.
        await using var hold = await orders.HoldForPaymentActionAsync(orderId, ct);
        var confirmed = (await payments.GetListByOrderAsync(orderId, ct))
            .FirstOrDefault(p => p.Status is PaymentStatus.Authorized or PaymentStatus.Captured);
        if (confirmed is not null)
            await ApplyAsync(orderId, confirmed.Status, null, ct);

        Order order;
        var cancelled = false;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(ct))
        {
            await orders.LockAsync(orderId, ct);
            order = await orders.GetAsync(orderId, ct);
            if (order.Status == OrderStatus.Pending && !order.StockSold)
            {
                order.Cancel("the payment was not confirmed in time", OrderActor.System, clock.GetUtcNow());
                cancelled = true;
            }

            await ReleaseStockAsync(order, ct);
            await unitOfWork.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (cancelled && order.PaymentStatus == PaymentStatus.Pending)
            await CancelPendingPaymentAsync(orderId, ct);
    }

    private async Task CancelPendingPaymentAsync(Guid orderId, CancellationToken ct)
    {
        PaymentOutcomeDto outcome;
        try
        {
            outcome = await payments.VoidAsync(orderId, ct);
        }
        catch (BusinessException ex) when (ex.Code == CommerceErrorCodes.Payments.InvalidPaymentTransition)
        {
            // Confirmed since it was read: its event is on its way through the outbox and gives the money back.
            return;
        }

        await ApplyAsync(orderId, outcome.Status, null, ct);
    }

    /// <summary>Turns the order's held units into sales; false when none were held (already done).</summary>
    public async Task<bool> CommitStockAsync(Order order, CancellationToken ct)
    {
        var held = await reservations.GetByReferenceAsync(order.ReservationReference, ct);
        foreach (var reservation in held)
            await inventory.CommitAsync(reservation, order.DisplayNumber, ct);
        if (held.Count > 0)
            order.MarkStockSold();
        return held.Count > 0;
    }

    /// <summary>Sells the order's lines without holds when every one is still available; false (nothing sold) otherwise.</summary>
    private async Task<bool> TakeStockAsync(Order order, CancellationToken ct)
    {
        var needed = order.Lines.GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var locked = await stock.LockAsync([.. needed.Keys], ct);
        if (locked.Exists(i => i.Available < needed[i.VariantId]))
            return false;
        foreach (var (variantId, quantity) in needed)
            await inventory.TakeAsync(variantId, quantity, order.DisplayNumber, ct);
        order.MarkStockSold();
        return true;
    }

    public async Task ReleaseStockAsync(Order order, CancellationToken ct)
    {
        foreach (var reservation in await reservations.GetByReferenceAsync(order.ReservationReference, ct))
            await inventory.ReleaseAsync(reservation, ct);
    }

    /// <summary>A payment confirmed after its order was cancelled is voided (authorized) or refunded (captured), never kept.</summary>
    private Task<PaymentOutcomeDto> GiveBackAsync(Order order, PaymentStatus status, CancellationToken ct) =>
        status == PaymentStatus.Authorized
            ? payments.VoidAsync(order.Id, ct)
            : payments.RefundAsync(order.Id, order.GrandTotal, "Order cancelled before the payment was confirmed", ct);
}
