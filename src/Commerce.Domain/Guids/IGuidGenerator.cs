namespace Commerce.Guids;

/// <summary>Makes entity ids. They are Guid v7: ordered by time, so inserts stay at the end of the index.</summary>
public interface IGuidGenerator
{
    Guid Create();
}
