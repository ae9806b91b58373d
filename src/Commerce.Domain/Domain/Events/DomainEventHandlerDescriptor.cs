namespace Commerce.Domain.Events;

/// <summary>One registered handler of one event type; its name keys the handler's deliveries in the outbox.</summary>
public sealed record DomainEventHandlerDescriptor(Type EventType, Type HandlerType)
{
    public string EventName => EventType.FullName!;

    public string HandlerName => HandlerType.FullName!;
}
