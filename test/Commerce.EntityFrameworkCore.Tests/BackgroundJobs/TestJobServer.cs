using Commerce.MultiTenancy;
using Commerce.TestBase.Database;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// The real job server on a test's database, as the host configures it (the storage options, the tenant filter) but
/// polling every 100 ms: <see cref="AddClient"/> registers the client the application enqueues with, and
/// <see cref="Start"/> runs one worker that takes jobs from the test's services.
/// </summary>
public sealed class TestJobServer
{
    private readonly PostgreSqlStorage storage;
    private JobFilterCollection? filters;

    public TestJobServer(TestDatabase database, BackgroundJobTimeouts? timeouts = null)
    {
        var options = HangfireStorageConfiguration.CreateStorageOptions(timeouts);
        options.QueuePollInterval = TimeSpan.FromMilliseconds(100);
        storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ApplicationConnectionString, options), options);
    }

    public JobStorage Storage => storage;

    public IServiceCollection AddClient(IServiceCollection services) =>
        services.AddSingleton<IBackgroundJobClient>(sp =>
        {
            filters = new JobFilterCollection { new TenantJobFilter(sp.GetRequiredService<ICurrentTenant>()) };
            return new BackgroundJobClient(storage, filters);
        });

    /// <summary>Starts one worker; the client must have been resolved (a job enqueued) first, since it brings the filters.</summary>
    public BackgroundJobServer Start(IServiceProvider services) =>
        new(
            new BackgroundJobServerOptions
            {
                WorkerCount = 1,
                Activator = new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()),
                FilterProvider = filters ?? throw new InvalidOperationException("Enqueue a job before starting the server."),
                SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
            },
            storage);
}
