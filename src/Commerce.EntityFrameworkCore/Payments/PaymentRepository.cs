using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Payments;

internal sealed class PaymentRepository(CommerceDbContext db) : EfRepository<Payment>(db), IPaymentRepository
{
    public Task<Payment?> FindByProviderReferenceAsync(string provider, string providerReference, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(p => p.Provider == provider && p.ProviderReference == providerReference, ct);

    public Task<Payment?> FindLiveByOrderAsync(Guid orderId, CancellationToken ct) =>
        Set.Where(p => p.OrderId == orderId && p.Status != PaymentStatus.Failed && p.Status != PaymentStatus.Voided)
            .OrderByDescending(p => p.CreationTime).ThenByDescending(p => p.Id)
            .FirstOrDefaultAsync(ct);
}
