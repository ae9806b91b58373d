namespace Commerce.Domain.Entities;

/// <summary>An entity identified by a Guid v7 that its creator passes in; an entity never makes its own id.</summary>
public abstract class Entity
{
    protected Entity()
    {
    }

    protected Entity(Guid id)
    {
        Id = id;
    }

    public Guid Id { get; protected set; }
}
