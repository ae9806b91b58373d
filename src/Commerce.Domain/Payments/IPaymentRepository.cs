using Commerce.Domain.Repositories;

namespace Commerce.Payments;

public interface IPaymentRepository : IRepository<Payment>
{
    Task<Payment?> FindByProviderReferenceAsync(string provider, string providerReference, CancellationToken ct);

    /// <summary>The order's payment that is still in play (not failed or voided), the newest if several; tracked.</summary>
    Task<Payment?> FindLiveByOrderAsync(Guid orderId, CancellationToken ct);
}
