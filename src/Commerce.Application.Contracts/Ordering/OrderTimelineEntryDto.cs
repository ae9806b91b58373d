namespace Commerce.Ordering;

public sealed record OrderTimelineEntryDto
{
    public required OrderTimelineKind Kind { get; init; }

    public required string Message { get; init; }

    public Guid? AuthorId { get; init; }

    public required string AuthorName { get; init; }

    public required DateTimeOffset At { get; init; }
}
