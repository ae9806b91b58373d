using Commerce.Domain.Repositories;

namespace Commerce.Payments;

public interface IProcessedWebhookEventRepository : IRepository<ProcessedWebhookEvent>
{
    Task<bool> ExistsAsync(string provider, string eventId, CancellationToken ct);
}
