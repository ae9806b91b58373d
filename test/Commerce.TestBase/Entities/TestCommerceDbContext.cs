using Commerce.EntityFrameworkCore;
using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace Commerce.TestBase.Entities;

/// <summary>The application's context plus the test-only tables, in a schema of their own.</summary>
public sealed class TestCommerceDbContext(DbContextOptions<TestCommerceDbContext> options, ICurrentTenant currentTenant)
    : CommerceDbContext(options, currentTenant)
{
    public const string Schema = "tests";

    public DbSet<TestNote> Notes => Set<TestNote>();

    public static TestCommerceDbContext Create(string connectionString, ICurrentTenant currentTenant)
    {
        var options = new DbContextOptionsBuilder<TestCommerceDbContext>();
        CommerceDbContextOptions.Configure(options, connectionString);
        return new TestCommerceDbContext(options.Options, currentTenant);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<TestNote>(note =>
        {
            note.ToTable("notes", Schema);
            note.Property(x => x.Id).ValueGeneratedNever();
            note.Property(x => x.Title).HasMaxLength(200);
            note.HasIndex(x => new { x.TenantId, x.Title });
        });
        base.OnModelCreating(builder);
    }
}
