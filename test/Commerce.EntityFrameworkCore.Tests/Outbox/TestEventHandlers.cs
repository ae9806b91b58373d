using Commerce.Domain.Events;
using Commerce.MultiTenancy;
using Commerce.TestBase.Entities;

namespace Commerce.EntityFrameworkCore.Outbox;

public sealed class RecordingHandler(HandledEvents handled, ICurrentTenant currentTenant) : IDomainEventHandler<TestNoteRenamed>
{
    public Task HandleAsync(TestNoteRenamed domainEvent, DomainEventContext context, CancellationToken ct)
    {
        handled.Records.Enqueue((nameof(RecordingHandler), context.EventId, currentTenant.Id, domainEvent.Title));
        return Task.CompletedTask;
    }
}

/// <summary>Fails as many times as the test asked for the note, then records like the other.</summary>
public sealed class FlakyHandler(HandledEvents handled, ICurrentTenant currentTenant) : IDomainEventHandler<TestNoteRenamed>
{
    public Task HandleAsync(TestNoteRenamed domainEvent, DomainEventContext context, CancellationToken ct)
    {
        if (handled.FailuresLeft.TryGetValue(domainEvent.NoteId, out var left) && left > 0)
        {
            handled.FailuresLeft[domainEvent.NoteId] = left - 1;
            throw new InvalidOperationException("The mail server is down.");
        }

        handled.Records.Enqueue((nameof(FlakyHandler), context.EventId, currentTenant.Id, domainEvent.Title));
        return Task.CompletedTask;
    }
}
