using Commerce.Auditing;

namespace Commerce.Domain.Entities;

/// <summary>An aggregate root with creation, modification and deletion audit fields, deleted softly.</summary>
public abstract class FullAuditedAggregateRoot : AggregateRoot, IFullAudited
{
    protected FullAuditedAggregateRoot()
    {
    }

    protected FullAuditedAggregateRoot(Guid id)
        : base(id)
    {
    }

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    public DateTimeOffset? LastModificationTime { get; private set; }

    public Guid? LastModifierId { get; private set; }

    public bool IsDeleted { get; private set; }

    public DateTimeOffset? DeletionTime { get; private set; }

    public Guid? DeleterId { get; private set; }
}
