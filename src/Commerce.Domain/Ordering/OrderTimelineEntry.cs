namespace Commerce.Ordering;

/// <summary>One line of an order's history; the author is a staff user, or "system" for checkout, payments and jobs.</summary>
public sealed class OrderTimelineEntry
{
    private OrderTimelineEntry()
    {
        Message = AuthorName = string.Empty;
    }

    internal OrderTimelineEntry(int sequence, OrderTimelineKind kind, string message, OrderActor actor, DateTimeOffset at)
    {
        Sequence = sequence;
        Kind = kind;
        Message = message.Length > OrderingConsts.MessageMaxLength ? message[..OrderingConsts.MessageMaxLength] : message;
        AuthorId = actor.UserId;
        AuthorName = actor.Name;
        At = at;
    }

    public int Sequence { get; private set; }

    public OrderTimelineKind Kind { get; private set; }

    public string Message { get; private set; }

    public Guid? AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public DateTimeOffset At { get; private set; }
}
