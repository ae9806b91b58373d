using Commerce.EntityFrameworkCore.BackgroundJobs;
using Commerce.MultiTenancy;
using Commerce.Ordering;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.Host.BackgroundJobs;

/// <summary>
/// Declares the platform's recurring jobs once the host runs. The database may not be up yet when the host
/// starts, so this retries in the background instead of failing the start.
/// </summary>
internal sealed partial class RecurringJobsRegistrar(
    IRecurringJobManager recurringJobs, IOptions<OrderingOptions> ordering, TimeProvider clock, ILogger<RecurringJobsRegistrar> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                recurringJobs.AddOrUpdate<BackgroundJobExecutor<PurgeDeletedTenantsJob, PurgeDeletedTenantsArgs>>(
                    PurgeDeletedTenantsJob.RecurringJobId, job => job.ExecuteAsync(new PurgeDeletedTenantsArgs(), CancellationToken.None), Cron.Daily(3));
                recurringJobs.AddOrUpdate<BackgroundJobExecutor<ReleaseExpiredOrdersJob, ReleaseExpiredOrdersArgs>>(
                    ReleaseExpiredOrdersJob.RecurringJobId, job => job.ExecuteAsync(new ReleaseExpiredOrdersArgs(), CancellationToken.None), ordering.Value.ReleaseExpiredSchedule);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRetry(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not declare the recurring jobs; trying again in 30 seconds")]
    private static partial void LogRetry(ILogger logger, Exception exception);
}
