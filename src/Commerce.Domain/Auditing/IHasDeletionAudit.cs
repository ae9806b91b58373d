namespace Commerce.Auditing;

/// <summary>Who deleted a soft-deleted row, and when.</summary>
public interface IHasDeletionAudit : ISoftDelete
{
    DateTimeOffset? DeletionTime { get; }

    Guid? DeleterId { get; }
}
