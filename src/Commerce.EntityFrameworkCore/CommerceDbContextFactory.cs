using Commerce.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Commerce.EntityFrameworkCore;

/// <summary>For `dotnet ef`: migrations are generated from the model alone, so no database is reached.</summary>
internal sealed class CommerceDbContextFactory : IDesignTimeDbContextFactory<CommerceDbContext>
{
    public CommerceDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Migrator")
            ?? "Host=127.0.0.1;Port=5433;Database=commerce;Username=commerce_owner";
        var options = new DbContextOptionsBuilder<CommerceDbContext>();
        CommerceDbContextOptions.Configure(options, connectionString);
        return new CommerceDbContext(options.Options, new CurrentTenant());
    }
}
