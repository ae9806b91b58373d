using Commerce.BackgroundJobs;
using Commerce.TestBase;
using Commerce.TestBase.Database;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

public sealed class TenantJobFilterTests(TestDatabase database) : KernelTestBase(database)
{
    private PostgreSqlStorage? storage;
    private JobFilterCollection? filters;

    protected override CommerceTestServices CreateServices() => new(Database, services =>
    {
        var options = HangfireStorageConfiguration.CreateStorageOptions();
        options.QueuePollInterval = TimeSpan.FromMilliseconds(100);
        storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(Database.ApplicationConnectionString, options), options);

        services.AddSingleton<JobRuns>();
        services.AddTransient<RecordTenantJob>();
        services.AddSingleton<IBackgroundJobClient>(sp =>
        {
            filters = new JobFilterCollection();
            filters.Add(new TenantJobFilter(sp.GetRequiredService<Commerce.MultiTenancy.ICurrentTenant>()));
            return new BackgroundJobClient(storage, filters);
        });
    });

    [Fact]
    public async Task A_job_enqueued_as_tenant_A_runs_as_tenant_A_and_one_enqueued_by_the_host_as_the_host()
    {
        var client = Services.Services.GetRequiredService<IBackgroundJobClient>();
        var runs = Services.Services.GetRequiredService<JobRuns>();
        using var server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                WorkerCount = 1,
                Activator = new AspNetCoreJobActivator(Services.Services.GetRequiredService<IServiceScopeFactory>()),
                FilterProvider = filters,
                SchedulePollingInterval = TimeSpan.FromMilliseconds(200),
            },
            storage);
        var forTenant = Guid.CreateVersion7();
        var forHost = Guid.CreateVersion7();

        using (Services.AsTenant(TenantA))
            await Services.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IBackgroundJobManager>().Enqueue<RecordTenantJob, RecordTenantArgs>(new(forTenant))));
        await Services.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IBackgroundJobManager>().Enqueue<RecordTenantJob, RecordTenantArgs>(new(forHost))));

        (await runs.WaitAsync(forTenant).WaitAsync(TimeSpan.FromSeconds(30), Ct)).ShouldBe(TenantA);
        (await runs.WaitAsync(forHost).WaitAsync(TimeSpan.FromSeconds(30), Ct)).ShouldBeNull();
    }
}
