namespace Commerce.Guids;

public sealed class SequentialGuidGenerator(TimeProvider clock) : IGuidGenerator
{
    public Guid Create() => Guid.CreateVersion7(clock.GetUtcNow());
}
