namespace Commerce.Auditing;

/// <summary>Modification audit, filled by the unit of work on every update.</summary>
public interface IHasModificationAudit
{
    DateTimeOffset? LastModificationTime { get; }

    Guid? LastModifierId { get; }
}
