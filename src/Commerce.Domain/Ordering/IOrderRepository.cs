using Commerce.Domain.Repositories;

namespace Commerce.Ordering;

/// <summary>Orders, always loaded with their lines, shipments and timeline.</summary>
public interface IOrderRepository : IRepository<Order>
{
    /// <summary>
    /// The tenant's next order number, taken by one statement on its counter row (made at the first order), so two
    /// checkouts never share a number. Inside the caller's transaction: a rolled-back checkout gives its number back.
    /// </summary>
    Task<long> NextNumberAsync(CancellationToken ct);

    /// <summary>Locks the order's row until the transaction ends, so checkout and payment events apply one at a time.</summary>
    Task LockAsync(Guid id, CancellationToken ct);

    /// <summary>
    /// Holds the order for one staff money action (capture, refund, cancel) until disposed, across the provider call
    /// made outside any transaction: a second action on the same order waits, then reads the version the first left.
    /// </summary>
    Task<IAsyncDisposable> HoldForPaymentActionAsync(Guid id, CancellationToken ct);

    /// <summary>
    /// Untracked orders matching a text: an order number ("#1001" or "1001") exactly, else part of the email, the
    /// customer's name or a phone, in any case. No text: all orders.
    /// </summary>
    IQueryable<Order> Search(string? text);

    /// <summary>The order placed under an idempotency key, untracked.</summary>
    Task<Order?> FindByIdempotencyKeyAsync(string idempotencyKey, CancellationToken ct);
}
