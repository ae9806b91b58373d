namespace Commerce.TestBase.Database;

/// <summary>
/// The PostgreSQL server the tests use, from the same variables the application reads: the owner's connection
/// (creates databases, migrates) and the application role's (what the code under test connects as).
/// </summary>
public static class TestDatabaseSettings
{
    public static string OwnerConnectionString { get; } = Read("ConnectionStrings__Migrator");

    public static string ApplicationConnectionString { get; } = Read("ConnectionStrings__Default");

    private static string Read(string name) =>
        Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException(
            $"{name} is not set. Run the tests with etc/scripts/test.sh, or `eval \"$(etc/scripts/postgres.sh env)\"` first.");
}
