namespace Commerce.DbMigrator;

/// <summary>The owner's connection migrates; the application's connection seeds, under row-level security.</summary>
internal sealed record MigratorSettings(string OwnerConnectionString, string ApplicationConnectionString, bool IncludeDemoData, bool IncludeDemoCatalog);
