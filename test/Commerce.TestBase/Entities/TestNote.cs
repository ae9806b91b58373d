using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.TestBase.Entities;

/// <summary>A tenant-owned, fully audited aggregate that exists only in the tests, to exercise the kernel.</summary>
public sealed class TestNote : FullAuditedAggregateRoot, IMultiTenant
{
    private TestNote()
    {
        Title = string.Empty;
    }

    public TestNote(Guid id, string title)
        : base(id)
    {
        Title = title;
    }

    public Guid TenantId { get; private set; }

    public string Title { get; private set; }

    public void Rename(string title)
    {
        Title = title;
        AddDomainEvent(new TestNoteRenamed { NoteId = Id, Title = title });
    }
}
