namespace Commerce.TestBase.Entities;

public sealed record TestNoteRenamed
{
    public Guid NoteId { get; init; }

    public required string Title { get; init; }
}
