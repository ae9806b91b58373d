using System.Collections.Concurrent;

namespace Commerce.EntityFrameworkCore.Outbox;

/// <summary>What the test handlers saw: one record per successful handling.</summary>
public sealed class HandledEvents
{
    public ConcurrentQueue<(string Handler, Guid EventId, Guid? TenantId, string Title)> Records { get; } = new();

    public ConcurrentDictionary<Guid, int> FailuresLeft { get; } = new();
}
