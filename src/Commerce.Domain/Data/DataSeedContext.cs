namespace Commerce.Data;

/// <summary>
/// The tenant a seed runs for (null: the host), whether the demo data is wanted, and whether the demo merchant's
/// full catalog (a few hundred products with images) is made too: the DbMigrator makes it, tests need not.
/// </summary>
public sealed record DataSeedContext(Guid? TenantId, bool IncludeDemoData, bool IncludeDemoCatalog = false);
