using System.Globalization;
using Commerce.Payments;

namespace Commerce.Ordering;

public sealed partial class Order
{
    public bool IsOpen => Status is OrderStatus.Pending or OrderStatus.Paid;

    /// <summary>
    /// Follows the payment's state, forward only (an older or repeated state changes nothing and returns false). A
    /// capture pays a pending order; a cancelled order keeps its status, and the caller gives the money back.
    /// </summary>
    public bool ApplyPaymentStatus(PaymentStatus status, OrderActor actor, DateTimeOffset now)
    {
        if (!PaymentMovesForward(PaymentStatus, status))
            return false;
        PaymentStatus = status;
        Record(OrderTimelineKind.Payment, $"Payment {status.ToString().ToLowerInvariant()}", actor, now);
        if (status == PaymentStatus.Captured && Status == OrderStatus.Pending)
        {
            Status = OrderStatus.Paid;
            AddDomainEvent(new OrderPaid(Id, StoreId));
        }

        return true;
    }

    /// <summary>The stock is sold to the order (its reservations committed) while payment may still be pending.</summary>
    public void Confirm(string message, OrderActor actor, DateTimeOffset now)
    {
        EnsureStatus("confirmed", OrderStatus.Pending, OrderStatus.Paid);
        Record(OrderTimelineKind.Confirmed, message, actor, now);
    }

    public void Cancel(string reason, OrderActor actor, DateTimeOffset now)
    {
        EnsureStatus("cancelled", OrderStatus.Pending, OrderStatus.Paid);
        Status = OrderStatus.Cancelled;
        CancelledAt = now;
        Record(OrderTimelineKind.Cancelled, $"Order cancelled: {reason}", actor, now);
        AddDomainEvent(new OrderCancelled(Id, StoreId, reason));
    }

    public void AddNote(string text, OrderActor actor, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Trim().Length, OrderingConsts.MessageMaxLength, nameof(text));
        Record(OrderTimelineKind.Note, text.Trim(), actor, now);
    }

    /// <summary>Notes a message about the order that was sent or given up on; the same message at the same time is noted once.</summary>
    public void RecordNotification(string message, DateTimeOffset at)
    {
        if (timeline.Exists(t => t.Kind == OrderTimelineKind.Notification && t.At == at && t.Message == message))
            return;
        Record(OrderTimelineKind.Notification, message, OrderActor.System, at);
    }

    /// <summary>Ships quantities of lines; the order is Shipped once every line is shipped in full.</summary>
    public Shipment Ship(Guid shipmentId, IReadOnlyDictionary<Guid, int> quantities, ShipmentTracking tracking, OrderActor actor, DateTimeOffset now)
    {
        EnsureStatus("shipped", OrderStatus.Paid);
        if (quantities.Count == 0 || quantities.Any(q => q.Value <= 0 || lines.Find(l => l.Id == q.Key) is not { } line || q.Value > line.UnshippedQuantity))
            throw new BusinessException(CommerceErrorCodes.Ordering.InvalidShipment, BusinessErrorKind.Invalid);
        foreach (var (lineId, quantity) in quantities)
            lines.Find(l => l.Id == lineId)!.Ship(quantity);
        var shipment = new Shipment(shipmentId, quantities.Select(q => new ShipmentLine(q.Key, q.Value)), tracking, now);
        shipments.Add(shipment);
        if (lines.TrueForAll(l => l.UnshippedQuantity == 0))
            Status = OrderStatus.Shipped;
        Record(OrderTimelineKind.Shipped, $"Shipped {quantities.Values.Sum()} item(s){(tracking.Carrier is null ? string.Empty : " with " + tracking.Carrier)}", actor, now);
        AddDomainEvent(new OrderShipped(Id, StoreId, shipmentId));
        return shipment;
    }

    public void Complete(OrderActor actor, DateTimeOffset now)
    {
        EnsureStatus("completed", OrderStatus.Shipped);
        Status = OrderStatus.Completed;
        Record(OrderTimelineKind.Completed, "Order completed", actor, now);
    }

    /// <summary>Refuses a refund of nothing, of more than was charged and not yet refunded, or of more units than a line has left.</summary>
    public void EnsureRefundable(decimal amount, IReadOnlyDictionary<Guid, int> lineQuantities)
    {
        if (amount <= 0 || RefundedTotal + amount > GrandTotal
            || lineQuantities.Any(q => q.Value <= 0 || lines.Find(l => l.Id == q.Key) is not { } line || line.RefundedQuantity + q.Value > line.Quantity))
            throw new BusinessException(CommerceErrorCodes.Ordering.InvalidRefund, BusinessErrorKind.Invalid).WithData("amount", amount);
    }

    /// <summary>Records money given back (and the line quantities it covers); never more than was charged.</summary>
    public void RecordRefund(decimal amount, IReadOnlyDictionary<Guid, int> lineQuantities, OrderActor actor, DateTimeOffset now)
    {
        EnsureRefundable(amount, lineQuantities);
        foreach (var (lineId, quantity) in lineQuantities)
            lines.Find(l => l.Id == lineId)!.Refund(quantity);
        RefundedTotal += amount;
        Record(OrderTimelineKind.Refunded, $"Refunded {amount.ToString("0.###", CultureInfo.InvariantCulture)} {Currency}", actor, now);
        AddDomainEvent(new OrderRefunded(Id, StoreId, amount, Currency));
    }

    // Pending → Authorized → Captured → PartiallyRefunded → Refunded; Voided and Failed end a pending or authorized payment.
    private static bool PaymentMovesForward(PaymentStatus from, PaymentStatus to) =>
        to is PaymentStatus.Voided or PaymentStatus.Failed
            ? from is PaymentStatus.Pending or PaymentStatus.Authorized
            : from is not (PaymentStatus.Voided or PaymentStatus.Failed) && Rank(to) > Rank(from);

    private static int Rank(PaymentStatus status) => status switch
    {
        PaymentStatus.Pending => 0,
        PaymentStatus.Authorized => 1,
        PaymentStatus.Captured => 2,
        PaymentStatus.PartiallyRefunded => 3,
        PaymentStatus.Refunded => 4,
        _ => 5,
    };

    private void EnsureStatus(string action, params OrderStatus[] allowed)
    {
        if (!allowed.Contains(Status))
            throw new BusinessException(CommerceErrorCodes.Ordering.InvalidOrderTransition)
                .WithData("status", Status).WithData("action", action);
    }
}
