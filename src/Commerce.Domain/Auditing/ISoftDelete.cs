namespace Commerce.Auditing;

/// <summary>Deleting marks the row instead of removing it; a global query filter hides it.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
}
