namespace Commerce.Auditing;

/// <summary>Creation audit, filled by the unit of work from the current user and the clock.</summary>
public interface IHasCreationAudit
{
    DateTimeOffset CreationTime { get; }

    Guid? CreatorId { get; }
}
