using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.EntityFrameworkCore.Outbox;

/// <summary>Runs the dispatcher in every host; several hosts share the work through the row locks.</summary>
internal sealed partial class OutboxDispatcherService(
    OutboxDispatcher dispatcher, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be restarting; the dispatcher tries again on the next tick.
                LogDispatchFailed(logger, ex);
            }

            if (delivered == 0)
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher failed; it retries on the next tick")]
    private static partial void LogDispatchFailed(ILogger logger, Exception error);
}
