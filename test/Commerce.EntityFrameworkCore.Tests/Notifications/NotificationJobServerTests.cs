using Commerce.EntityFrameworkCore.BackgroundJobs;
using Commerce.Emailing;
using Commerce.Notifications;
using Commerce.Stores;
using Commerce.TestBase;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Database;
using Commerce.TestBase.Emailing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.Notifications;

/// <summary>A notification through the real job server: its arguments survive Hangfire's storage and it runs as its tenant.</summary>
public sealed class NotificationJobServerTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly RecordingEmailSender mail = new();
    private readonly TestJobServer jobServer = new(database);
    private CommerceTestServices services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = new CommerceTestServices(database, s =>
        {
            jobServer.AddClient(s);
            s.AddSingleton<IEmailSender>(mail);
        });
        await services.SeedAsync();
    }

    [Fact]
    public async Task A_requested_order_confirmation_is_rendered_and_sent_by_the_job_server()
    {
        var tenant = await StoreTenant.CreateAsync(services, multiStore: false, maxStores: 1, Ct);
        var store = await tenant.AsOwnerAsync<IStoreAppService, StoreDto>(services, s => s.CreateAsync(StoreInput.Create(currency: "EUR"), Ct));
        using (services.AsTenant(tenant.Tenant.Id))
        {
            await services.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().RequestAsync(new NotificationRequest
            {
                Kind = NotificationKind.OrderPlaced, SourceEventId = Guid.CreateVersion7(), StoreId = store.Id,
                RecipientEmail = "ada@example.com", RecipientName = "Ada", ActionUrl = "https://shop.example.com/orders/7",
                Order = new NotificationOrderModel
                {
                    Number = "#1007", PlacedAt = services.Clock.GetUtcNow(), Currency = "EUR",
                    Lines = [new NotificationOrderLine("Mug", null, "MUG", 1, 12.5m, 12.5m)],
                    Subtotal = 12.5m, ShippingTotal = 0m, TaxTotal = 0m, GrandTotal = 12.5m, ShippingAddress = ["Ada", "Street 1"],
                },
            }, Ct));
        }

        using var server = jobServer.Start(services.Services);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (mail.Sent.IsEmpty && DateTime.UtcNow < deadline)
            await Task.Delay(100, Ct);

        var message = mail.Sent.ShouldHaveSingleItem();
        message.Subject.ShouldBe("Bestätigung Ihrer Bestellung #1007 – Test store");
        message.TextBody.ShouldContain("https://shop.example.com/orders/7");
        message.TextBody.ShouldContain("12,50");
        var log = await tenant.AsOwnerAsync<INotificationLogAppService, NotificationLogDto>(services,
            async s => (await s.GetListAsync(new GetNotificationLogListInput(), Ct)).Items.Single());
        for (var i = 0; i < 50 && log.Status != NotificationStatus.Sent; i++)
        {
            await Task.Delay(100, Ct);
            log = await tenant.AsOwnerAsync<INotificationLogAppService, NotificationLogDto>(services,
                async s => (await s.GetListAsync(new GetNotificationLogListInput(), Ct)).Items.Single());
        }

        log.Status.ShouldBe(NotificationStatus.Sent);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
