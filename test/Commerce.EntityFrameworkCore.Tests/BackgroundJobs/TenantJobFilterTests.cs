using Commerce.BackgroundJobs;
using Commerce.TestBase;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

public sealed class TenantJobFilterTests(TestDatabase database) : KernelTestBase(database)
{
    private TestJobServer jobServer = null!;

    protected override CommerceTestServices CreateServices() => new(Database, services =>
    {
        jobServer = new TestJobServer(Database);
        jobServer.AddClient(services);
        services.AddSingleton<JobRuns>();
        services.AddTransient<RecordTenantJob>();
    });

    [Fact]
    public async Task A_job_enqueued_as_tenant_A_runs_as_tenant_A_and_one_enqueued_by_the_host_as_the_host()
    {
        var runs = Services.Services.GetRequiredService<JobRuns>();
        var forTenant = Guid.CreateVersion7();
        var forHost = Guid.CreateVersion7();

        using (Services.AsTenant(TenantA))
            await Services.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IBackgroundJobManager>().Enqueue<RecordTenantJob, RecordTenantArgs>(new(forTenant))));
        await Services.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IBackgroundJobManager>().Enqueue<RecordTenantJob, RecordTenantArgs>(new(forHost))));
        using var server = jobServer.Start(Services.Services);

        (await runs.WaitAsync(forTenant).WaitAsync(TimeSpan.FromSeconds(30), Ct)).ShouldBe(TenantA);
        (await runs.WaitAsync(forHost).WaitAsync(TimeSpan.FromSeconds(30), Ct)).ShouldBeNull();
    }
}
