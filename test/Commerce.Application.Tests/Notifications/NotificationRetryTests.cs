using Commerce.BackgroundJobs;
using Commerce.Emailing;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Notifications;

/// <summary>A mail server that refuses every message, to see the job retried and given up.</summary>
public sealed class NotificationRetryTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly RecordingBackgroundJobManager jobs = new();
    private CommerceTestServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = new CommerceTestServices(database, s => s
            .AddSingleton<IEmailSender, RefusingEmailSender>()
            .AddSingleton<IBackgroundJobManager>(jobs));
        await services.SeedAsync();
    }

    [Fact]
    public async Task A_failing_mail_server_is_retried_and_the_last_attempt_marks_the_notification_Failed()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        var orderId = Guid.CreateVersion7();
        using (services.AsTenant(tenant.Tenant.Id))
        {
            await services.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().RequestAsync(new NotificationRequest
            {
                Kind = NotificationKind.OrderPlaced, SourceEventId = Guid.CreateVersion7(), StoreId = store.Id,
                RecipientEmail = "ada@example.com", OrderId = orderId, Order = NotificationStores.Order("USD"),
            }, Ct));
        }

        var args = jobs.Enqueued.OfType<SendNotificationArgs>().ShouldHaveSingleItem();
        for (var attempt = 1; attempt < NotificationLogConsts.MaxAttempts; attempt++)
        {
            // Thrown, so the job server schedules the next attempt after its backoff.
            await Should.ThrowAsync<IOException>(() => RunAsync(args));
            (await LogAsync(tenant, orderId)).ShouldSatisfyAllConditions(
                l => l.Status.ShouldBe(NotificationStatus.Queued),
                l => l.Attempts.ShouldBe(attempt),
                l => l.LastError.ShouldBe("IOException: 421 Service not available"));
        }

        await RunAsync(args);
        var failed = await LogAsync(tenant, orderId);
        failed.Status.ShouldBe(NotificationStatus.Failed);
        failed.Attempts.ShouldBe(NotificationLogConsts.MaxAttempts);
        failed.SentTime.ShouldBeNull();

        await RunAsync(args);
        (await LogAsync(tenant, orderId)).Attempts.ShouldBe(NotificationLogConsts.MaxAttempts);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private Task RunAsync(SendNotificationArgs args) =>
        services.InScopeAsync(sp => sp.GetRequiredService<SendNotificationJob>().ExecuteAsync(args, Ct));

    private Task<NotificationLogDto> LogAsync(StoreTenant tenant, Guid orderId) =>
        tenant.AsOwnerAsync<INotificationLogAppService, NotificationLogDto>(services,
            async s => (await s.GetListAsync(new GetNotificationLogListInput { OrderId = orderId }, Ct)).Items.Single());

    private sealed class RefusingEmailSender : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken ct) => throw new IOException("421 Service not available");
    }
}
