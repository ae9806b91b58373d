using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Payments;

internal sealed class ProcessedWebhookEventRepository(CommerceDbContext db) : EfRepository<ProcessedWebhookEvent>(db), IProcessedWebhookEventRepository
{
    public Task<bool> ExistsAsync(string provider, string eventId, CancellationToken ct) =>
        Set.AnyAsync(e => e.Provider == provider && e.EventId == eventId, ct);
}
