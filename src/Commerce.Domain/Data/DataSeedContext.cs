namespace Commerce.Data;

/// <summary>The tenant a seed runs for (null: the host) and whether the demo data is wanted.</summary>
public sealed record DataSeedContext(Guid? TenantId, bool IncludeDemoData);
