namespace Commerce.Data;

/// <summary>Seeds data the platform needs (or the demo shows). Running it twice changes nothing the second time.</summary>
public interface IDataSeedContributor
{
    Task SeedAsync(DataSeedContext context, CancellationToken ct);
}
