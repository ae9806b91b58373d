using Commerce.BackgroundJobs;
using Commerce.Domain.Repositories;
using Commerce.Emailing;
using Commerce.Notifications.Logs;
using Commerce.TestBase;
using Commerce.TestBase.BackgroundJobs;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Commerce.TestBase.Emailing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Notifications;

public sealed class NotificationSendingTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly RecordingEmailSender mail = new();
    private readonly RecordingBackgroundJobManager jobs = new();
    private CommerceTestServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = new CommerceTestServices(database, s => s
            .AddSingleton<IEmailSender>(mail)
            .AddSingleton<IBackgroundJobManager>(jobs));
        await services.SeedAsync();
    }

    [Fact]
    public async Task A_redelivered_event_records_nothing_new_and_hands_a_still_queued_notification_over_again()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        var request = Request(store.Id, NotificationKind.OrderPlaced);

        await RequestAsync(tenant, request);
        await RequestAsync(tenant, request);
        await RequestAsync(tenant, request with { Kind = NotificationKind.OrderPaid });

        var logs = await LogsAsync(tenant, new GetNotificationLogListInput { OrderId = request.OrderId });
        logs.Select(l => l.Kind).Order().ShouldBe([NotificationKind.OrderPlaced, NotificationKind.OrderPaid]);
        logs.ShouldAllBe(l => l.Status == NotificationStatus.Queued && l.Attempts == 0);
        var placed = logs.Single(l => l.Kind == NotificationKind.OrderPlaced).Id;
        jobs.Enqueued.OfType<SendNotificationArgs>().Count(a => a.LogId == placed).ShouldBe(2);
    }

    [Fact]
    public async Task A_notification_handed_over_twice_is_sent_once_even_by_two_jobs_at_once_and_not_handed_over_once_sent()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        var request = Request(store.Id, NotificationKind.OrderPlaced);
        await RequestAsync(tenant, request);
        await RequestAsync(tenant, request);
        var handedOver = jobs.Enqueued.OfType<SendNotificationArgs>().Where(a => a.TenantId == tenant.Tenant.Id).ToList();
        handedOver.Count.ShouldBe(2);

        await Task.WhenAll(handedOver.Select(args =>
            services.InScopeAsync(sp => sp.GetRequiredService<SendNotificationJob>().ExecuteAsync(args, Ct))));
        await RequestAsync(tenant, request);

        mail.Sent.Count(m => m.To == request.RecipientEmail).ShouldBe(1);
        var log = (await LogsAsync(tenant, new GetNotificationLogListInput { OrderId = request.OrderId })).ShouldHaveSingleItem();
        (log.Status, log.Attempts).ShouldBe((NotificationStatus.Sent, 1));
        jobs.Enqueued.OfType<SendNotificationArgs>().Count(a => a.TenantId == tenant.Tenant.Id).ShouldBe(2);
    }

    [Fact]
    public async Task A_job_that_overtakes_the_transaction_saving_its_notification_is_retried_and_sends_once_it_committed()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        var request = Request(store.Id, NotificationKind.OrderPlaced);
        using var asTenant = services.AsTenant(tenant.Tenant.Id);

        await services.InScopeAsync(async sp =>
        {
            // As the outbox delivers an event: the handler's row is saved inside the delivery's transaction.
            await using var transaction = await sp.GetRequiredService<IUnitOfWork>().BeginTransactionAsync(Ct);
            await sp.GetRequiredService<INotificationService>().RequestAsync(request, Ct);
            var args = jobs.Enqueued.OfType<SendNotificationArgs>().Single(a => a.TenantId == tenant.Tenant.Id);

            await Should.ThrowAsync<NotificationNotRecordedYetException>(
                services.InScopeAsync(job => job.GetRequiredService<SendNotificationJob>().ExecuteAsync(args, Ct)));
            mail.Sent.ShouldBeEmpty();

            await transaction.CommitAsync(Ct);
        });
        await RunJobAsync(tenant, request.SourceEventId);

        mail.Sent.Count(m => m.To == request.RecipientEmail).ShouldBe(1);
    }

    [Fact]
    public async Task A_job_whose_notification_was_rolled_back_stops_looking_for_it_after_the_grace()
    {
        var (tenant, _) = await NotificationStores.CreateAsync(services, Ct);
        var args = new SendNotificationArgs { TenantId = tenant.Tenant.Id, LogId = Guid.CreateVersion7(), RequestedAt = services.Clock.GetUtcNow() };

        await Should.ThrowAsync<NotificationNotRecordedYetException>(
            services.InScopeAsync(sp => sp.GetRequiredService<SendNotificationJob>().ExecuteAsync(args, Ct)));
        services.Clock.Advance(TimeSpan.FromSeconds(NotificationLogConsts.UncommittedGraceSeconds));
        await services.InScopeAsync(sp => sp.GetRequiredService<SendNotificationJob>().ExecuteAsync(args, Ct));

        mail.Sent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sending_marks_the_notification_Sent_with_its_subject()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        var request = Request(store.Id, NotificationKind.OrderPlaced);

        await RequestAsync(tenant, request);
        await RunJobAsync(tenant, request.SourceEventId);

        var log = (await LogsAsync(tenant, new GetNotificationLogListInput { OrderId = request.OrderId })).ShouldHaveSingleItem();
        log.Status.ShouldBe(NotificationStatus.Sent);
        log.Attempts.ShouldBe(1);
        log.SentTime.ShouldBe(services.Clock.GetUtcNow());
        log.Subject.ShouldBe($"Order #1042 confirmed – {store.Name}");
        var message = mail.Sent.Where(m => m.To == request.RecipientEmail).ShouldHaveSingleItem();
        message.Subject.ShouldBe(log.Subject);
        message.HtmlBody.ShouldContain("#1042");
    }

    [Fact]
    public async Task A_password_reset_link_reaches_the_email_but_neither_the_log_nor_the_job_keeps_it_in_clear()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        const string link = "https://shop.example.com/account/reset?token=SECRET-TOKEN-123";
        var request = Request(store.Id, NotificationKind.PasswordReset) with { Order = null, OrderId = null, ActionUrl = link };

        await RequestAsync(tenant, request);
        var args = await ArgsOfAsync(tenant, request.SourceEventId);
        await RunJobAsync(tenant, request.SourceEventId);

        args.ProtectedActionUrl.ShouldNotBeNull().ShouldNotContain("SECRET-TOKEN-123");
        mail.Sent.Where(m => m.To == request.RecipientEmail).ShouldHaveSingleItem().TextBody.ShouldContain(link);
        var log = (await LogsAsync(tenant, new GetNotificationLogListInput { CustomerId = request.CustomerId })).ShouldHaveSingleItem();
        log.Status.ShouldBe(NotificationStatus.Sent);
        System.Text.Json.JsonSerializer.Serialize(log).ShouldNotContain("SECRET-TOKEN-123");
    }

    [Fact]
    public async Task The_log_filters_by_store_status_and_kind_and_shows_nothing_of_another_tenant()
    {
        var (tenant, store) = await NotificationStores.CreateAsync(services, Ct);
        var (other, otherStore) = await NotificationStores.CreateAsync(services, Ct);
        var placed = Request(store.Id, NotificationKind.OrderPlaced);
        await RequestAsync(tenant, placed);
        await RequestAsync(tenant, Request(store.Id, NotificationKind.OrderShipped));
        await RequestAsync(other, Request(otherStore.Id, NotificationKind.OrderPlaced));
        await RunJobAsync(tenant, placed.SourceEventId);

        (await LogsAsync(tenant, new GetNotificationLogListInput())).Count.ShouldBe(2);
        (await LogsAsync(tenant, new GetNotificationLogListInput { Status = NotificationStatus.Sent })).ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.OrderPlaced);
        (await LogsAsync(tenant, new GetNotificationLogListInput { Kind = NotificationKind.OrderShipped })).ShouldHaveSingleItem().Status.ShouldBe(NotificationStatus.Queued);
        (await LogsAsync(tenant, new GetNotificationLogListInput { StoreId = otherStore.Id })).ShouldBeEmpty();
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static NotificationRequest Request(Guid storeId, NotificationKind kind) => new()
    {
        Kind = kind,
        SourceEventId = Guid.CreateVersion7(),
        StoreId = storeId,
        RecipientEmail = $"buyer-{Guid.NewGuid():N}@example.com",
        RecipientName = "Ada",
        OrderId = Guid.CreateVersion7(),
        CustomerId = Guid.CreateVersion7(),
        Order = NotificationStores.Order("USD"),
        ActionUrl = "https://shop.example.com/orders/1042",
    };

    private async Task RequestAsync(StoreTenant tenant, NotificationRequest request)
    {
        using var scope = services.AsTenant(tenant.Tenant.Id);
        await services.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().RequestAsync(request, Ct));
    }

    private async Task<SendNotificationArgs> ArgsOfAsync(StoreTenant tenant, Guid sourceEventId)
    {
        using var scope = services.AsTenant(tenant.Tenant.Id);
        var logId = await services.InScopeAsync(sp => sp.GetRequiredService<IAsyncQueryExecutor>().FirstOrDefaultAsync(
            sp.GetRequiredService<INotificationLogRepository>().Query().Where(l => l.SourceEventId == sourceEventId).Select(l => l.Id), Ct));
        return jobs.Enqueued.OfType<SendNotificationArgs>().Single(a => a.LogId == logId);
    }

    private async Task RunJobAsync(StoreTenant tenant, Guid sourceEventId)
    {
        var args = await ArgsOfAsync(tenant, sourceEventId);
        await services.InScopeAsync(sp => sp.GetRequiredService<SendNotificationJob>().ExecuteAsync(args, Ct));
    }

    private Task<IReadOnlyList<NotificationLogDto>> LogsAsync(StoreTenant tenant, GetNotificationLogListInput input) =>
        tenant.AsOwnerAsync<INotificationLogAppService, IReadOnlyList<NotificationLogDto>>(services, async s => (await s.GetListAsync(input, Ct)).Items);
}
