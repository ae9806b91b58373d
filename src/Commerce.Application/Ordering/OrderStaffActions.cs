using Commerce.Domain.Repositories;
using Commerce.Inventory;
using Commerce.Payments;

namespace Commerce.Ordering;

/// <summary>
/// Staff changes that move stock or money: cancel, capture, refund. Each holds the order for its whole run
/// (<see cref="IOrderRepository.HoldForPaymentActionAsync"/>) and checks the version the caller read, so two at once
/// (a double submit, two staff) move money once. Stock and the order change in one transaction with the order's row
/// locked; the provider is asked outside it, and what it did is written after.
/// </summary>
internal sealed class OrderStaffActions(
    IOrderRepository orders, InventoryManager inventory, IOrderPaymentService payments, OrderPaymentSync sync, IUnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<Order> CancelAsync(Guid id, CancelOrderDto input, OrderActor actor, CancellationToken ct)
    {
        await using var hold = await orders.HoldForPaymentActionAsync(id, ct);
        Order order;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(ct))
        {
            await orders.LockAsync(id, ct);
            order = await orders.GetAsync(id, ct);
            order.EnsureVersion(input.Version);
            order.Cancel(input.Reason.Trim(), actor, clock.GetUtcNow());
            await sync.ReleaseStockAsync(order, ct);
            if (order.StockSold)
                await RestockAsync(order, [.. order.Lines.Select(l => (l.VariantId, l.Quantity - l.ShippedQuantity - l.RefundedQuantity))], actor, "Order cancelled", ct);
            await unitOfWork.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        if (order.PaymentStatus is PaymentStatus.Pending or PaymentStatus.Authorized)
            return await sync.ApplyAsync(order.Id, (await payments.VoidAsync(order.Id, ct)).Status, null, ct);
        if (order.PaymentStatus is PaymentStatus.Captured or PaymentStatus.PartiallyRefunded && order.GrandTotal > order.RefundedTotal)
            return await RecordRefundAsync(order.Id, order.GrandTotal - order.RefundedTotal, new Dictionary<Guid, int>(), input.Reason, actor, ct);
        return order;
    }

    public async Task<Order> CaptureAsync(Guid id, CapturePaymentDto input, CancellationToken ct)
    {
        await using var hold = await orders.HoldForPaymentActionAsync(id, ct);
        (await orders.GetAsync(id, ct)).EnsureVersion(input.Version);
        var outcome = await payments.CaptureAsync(id, input.Amount, ct);
        if (outcome.Status == PaymentStatus.Failed)
            throw new BusinessException(outcome.FailureCode ?? CommerceErrorCodes.Ordering.InvalidOrderTransition);
        return await sync.ApplyAsync(id, outcome.Status, outcome.FailureCode, ct);
    }

    public async Task<Order> RefundAsync(Guid id, RefundOrderDto input, OrderActor actor, CancellationToken ct)
    {
        await using var hold = await orders.HoldForPaymentActionAsync(id, ct);
        var order = await orders.GetAsync(id, ct);
        order.EnsureVersion(input.Version);
        var lines = input.Lines.GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var amount = input.Amount ?? (lines.Count > 0
            ? Stores.CurrencyCodes.Round(lines.Sum(l => (order.Lines.FirstOrDefault(x => x.Id == l.Key)?.LineTotal ?? 0m) / Math.Max(1, order.Lines.FirstOrDefault(x => x.Id == l.Key)?.Quantity ?? 1) * l.Value), order.Currency)
            : order.GrandTotal - order.RefundedTotal);
        if (order.PaymentStatus is not (PaymentStatus.Captured or PaymentStatus.PartiallyRefunded))
            throw new BusinessException(CommerceErrorCodes.Ordering.InvalidRefund, BusinessErrorKind.Invalid).WithData("amount", amount);
        order.EnsureRefundable(amount, lines);
        var refunded = await RecordRefundAsync(id, amount, lines, input.Reason, actor, ct);
        if (input.Restock && lines.Count > 0)
        {
            await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
            await RestockAsync(refunded, [.. lines.Select(l => (refunded.Lines.First(x => x.Id == l.Key).VariantId, l.Value))], actor, "Refunded and returned", ct);
            await unitOfWork.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return refunded;
    }

    private async Task<Order> RecordRefundAsync(Guid id, decimal amount, IReadOnlyDictionary<Guid, int> lines, string? reason, OrderActor actor, CancellationToken ct)
    {
        var outcome = await payments.RefundAsync(id, amount, reason, ct);
        if (outcome.Status == PaymentStatus.Failed)
            throw new BusinessException(outcome.FailureCode ?? CommerceErrorCodes.Ordering.InvalidRefund);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await orders.LockAsync(id, ct);
        var order = await orders.GetAsync(id, ct);
        order.RecordRefund(amount, lines, actor, clock.GetUtcNow());
        order.ApplyPaymentStatus(outcome.Status, OrderActor.System, clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return order;
    }

    private Task RestockAsync(Order order, IReadOnlyList<(Guid VariantId, int Quantity)> quantities, OrderActor actor, string note, CancellationToken ct)
    {
        var changes = quantities.Where(q => q.Quantity > 0).GroupBy(q => q.VariantId)
            .Select(g => new StockChange(g.Key, g.Sum(q => q.Quantity), StockMovementReason.Returned, note, order.DisplayNumber)).ToList();
        return changes.Count == 0 ? Task.CompletedTask : inventory.ChangeAsync(changes, actor.UserId, ct);
    }
}
