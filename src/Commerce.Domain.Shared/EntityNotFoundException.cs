namespace Commerce;

/// <summary>A row that does not exist, or that belongs to another tenant: answered 404.</summary>
public sealed class EntityNotFoundException : BusinessException
{
    public EntityNotFoundException(Type entityType, object? id)
        : base(CommerceErrorCodes.NotFound)
    {
        EntityType = entityType;
        WithData("entity", entityType.Name).WithData("id", id);
    }

    public Type EntityType { get; }
}
