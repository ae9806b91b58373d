using Commerce.Data;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.DbMigrator;

/// <summary>Migrates, then seeds the host and every tenant, then stops the process; a failure exits non-zero.</summary>
internal sealed partial class DbMigratorService(
    MigratorSettings settings, DatabaseMigrator migrator, IServiceScopeFactory scopeFactory,
    IHostApplicationLifetime lifetime, ILogger<DbMigratorService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await migrator.MigrateAsync(settings.OwnerConnectionString, settings.ApplicationConnectionString, cancellationToken);
            await using (var scope = scopeFactory.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DataSeeder>()
                    .SeedAsync(new DataSeedContext(null, settings.IncludeDemoData, settings.IncludeDemoCatalog), cancellationToken);
            }

            LogDone(logger);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
            Environment.ExitCode = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated and seeded")]
    private static partial void LogDone(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Migration failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
