using Commerce.BackgroundJobs;
using Commerce.TestBase;
using Commerce.TestBase.Database;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Commerce.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// A host killed in the middle of a job leaves the job Processing, its queue row taken and, when the kill came during a
/// state change, the job's lock row held. Another host runs the job once the BackgroundJobs timeouts pass.
/// </summary>
public sealed class DeadHostTakeoverTests(TestDatabase database) : KernelTestBase(database)
{
    private static readonly BackgroundJobTimeouts Short = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    private TestJobServer jobServer = null!;

    protected override CommerceTestServices CreateServices() => new(Database, services =>
    {
        jobServer = new TestJobServer(Database, Short);
        jobServer.AddClient(services);
        services.AddSingleton<JobRuns>();
        services.AddTransient<RecordTenantJob>();
    });

    [Fact]
    public void The_defaults_take_over_within_minutes_not_the_librarys_ten_and_thirty()
    {
        var options = HangfireStorageConfiguration.CreateStorageOptions();

        options.UseSlidingInvisibilityTimeout.ShouldBeTrue();
        options.InvisibilityTimeout.ShouldBe(TimeSpan.FromMinutes(5));
        options.DistributedLockTimeout.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_job_a_dead_host_was_running_while_holding_its_lock_runs_again_on_another_host()
    {
        var runs = Services.Services.GetRequiredService<JobRuns>();
        var marker = Guid.CreateVersion7();
        var jobId = await Services.InScopeAsync(sp =>
            Task.FromResult(sp.GetRequiredService<IBackgroundJobManager>().Enqueue<RecordTenantJob, RecordTenantArgs>(new(marker))));

        // The dead host: it took the job, marked it Processing, and died inside the next state change.
        await using (var connection = new NpgsqlConnection(Database.OwnerConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand($"""
                UPDATE {HangfireStorageConfiguration.Schema}.jobqueue SET fetchedat = now() WHERE jobid = {jobId}::bigint;
                UPDATE {HangfireStorageConfiguration.Schema}.job SET statename = 'Processing' WHERE id = {jobId}::bigint;
                INSERT INTO {HangfireStorageConfiguration.Schema}.lock (resource, updatecount, acquired)
                VALUES ('{HangfireStorageConfiguration.Schema}:job:{jobId}:state-lock', 0, now());
                """, connection);
            (await command.ExecuteNonQueryAsync(Ct)).ShouldBe(3);
        }

        using var server = jobServer.Start(Services.Services);

        // Within the two timeouts and a poll or two, not the library's ten minutes of lock.
        await runs.WaitAsync(marker).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await WaitForAsync(() => StateOf(jobId) == SucceededState.StateName);
    }

    private string? StateOf(string jobId)
    {
        using var connection = jobServer.Storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
            await Task.Delay(100, Ct);
        condition().ShouldBeTrue();
    }
}
