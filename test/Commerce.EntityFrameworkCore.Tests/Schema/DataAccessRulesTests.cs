using System.Text.RegularExpressions;

namespace Commerce.EntityFrameworkCore.Schema;

/// <summary>Rules on the source itself: what a reviewer could miss, the build's tests do not.</summary>
public sealed partial class DataAccessRulesTests
{
    private static readonly string Source = Path.Combine(FindRepositoryRoot(), "src");

    [Fact]
    public void No_code_lifts_every_query_filter_at_once()
    {
        var offenders = SourceFiles().Where(f => UnnamedIgnoreQueryFilters().IsMatch(File.ReadAllText(f))).ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Raw_sql_is_written_only_in_the_data_layer()
    {
        var dataLayer = Path.Combine(Source, "Commerce.EntityFrameworkCore") + Path.DirectorySeparatorChar;

        var offenders = SourceFiles()
            .Where(f => !f.StartsWith(dataLayer, StringComparison.Ordinal) && RawSql().IsMatch(File.ReadAllText(f)))
            .ToList();

        offenders.ShouldBeEmpty();
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Commerce.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    [GeneratedRegex(@"IgnoreQueryFilters\(\s*\)")]
    private static partial Regex UnnamedIgnoreQueryFilters();

    [GeneratedRegex(@"\b(FromSql\w*|ExecuteSql\w*|SqlQuery\w*|NpgsqlCommand)\b")]
    private static partial Regex RawSql();
}
