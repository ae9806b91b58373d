using Commerce.Domain.Events;
using Commerce.TestBase;
using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Commerce.EntityFrameworkCore.Outbox;

public sealed class OutboxTests(TestDatabase database) : KernelTestBase(database), IAsyncLifetime
{
    private HandledEvents Handled => Services.Services.GetRequiredService<HandledEvents>();

    protected override CommerceTestServices CreateServices() => new(Database, services => services
        .AddSingleton<HandledEvents>()
        .AddDomainEventHandler<TestNoteRenamed, RecordingHandler>()
        .AddDomainEventHandler<TestNoteRenamed, FlakyHandler>());

    /// <summary>The outbox is shared by all tenants, so each test starts from an empty one.</summary>
    public async ValueTask InitializeAsync() =>
        await CountAsync(db => db.OutboxMessages.ExecuteDeleteAsync(Ct));

    [Fact]
    public async Task A_rolled_back_transaction_leaves_neither_the_change_nor_its_event()
    {
        using (Services.AsTenant(TenantA))
        {
            await Services.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<TestCommerceDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(Ct);
                var note = new TestNote(Guid.CreateVersion7(), "draft");
                note.Rename("renamed");
                db.Notes.Add(note);
                await db.SaveChangesAsync(Ct);
                await transaction.RollbackAsync(Ct);
            });
        }

        (await CountAsync(db => db.Notes.IgnoreQueryFilters([Schema.QueryFilters.Tenant]).CountAsync(Ct))).ShouldBe(0);
        (await CountAsync(db => db.OutboxMessages.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_saved_change_writes_its_event_with_one_delivery_per_handler()
    {
        await RenameNewNoteAsync(TenantA, "renamed");

        (await CountAsync(db => db.OutboxMessages.CountAsync(m => m.TenantId == TenantA, Ct))).ShouldBe(1);
        (await CountAsync(db => db.OutboxDeliveries.CountAsync(d => d.TenantId == TenantA, Ct))).ShouldBe(2);
    }

    [Fact]
    public async Task Two_dispatchers_at_once_deliver_each_event_once_per_handler_as_its_tenant()
    {
        for (var i = 0; i < 10; i++)
            await RenameNewNoteAsync(i % 2 == 0 ? TenantA : TenantB, $"note {i}");

        await Task.WhenAll(CreateDispatcher().DispatchDueAsync(Ct), CreateDispatcher().DispatchDueAsync(Ct));

        var records = Handled.Records.ToList();
        records.Count.ShouldBe(20);
        records.GroupBy(r => (r.Handler, r.EventId)).ShouldAllBe(g => g.Count() == 1);
        records.Where(r => r.Title == "note 0").ShouldAllBe(r => r.TenantId == TenantA);
        records.Where(r => r.Title == "note 1").ShouldAllBe(r => r.TenantId == TenantB);
        (await CountAsync(db => db.OutboxDeliveries.CountAsync(d => d.Status != OutboxDeliveryStatus.Succeeded, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_later_and_the_other_handler_is_not_held_up()
    {
        var noteId = await RenameNewNoteAsync(TenantA, "renamed");
        Handled.FailuresLeft[noteId] = 1;
        var dispatcher = CreateDispatcher();

        await dispatcher.DispatchDueAsync(Ct);

        Handled.Records.Select(r => r.Handler).ShouldBe([nameof(RecordingHandler)]);
        var failed = await CountAsync(db => db.OutboxDeliveries.SingleAsync(d => d.Handler == typeof(FlakyHandler).FullName, Ct));
        failed.Status.ShouldBe(OutboxDeliveryStatus.Pending);
        failed.Attempts.ShouldBe(1);
        failed.LastError!.ShouldContain("The mail server is down.");
        failed.NextAttemptAt.ShouldBe(Services.Clock.GetUtcNow() + new OutboxOptions().FirstRetryDelay);

        await dispatcher.DispatchDueAsync(Ct);
        Handled.Records.Count.ShouldBe(1);

        Services.Clock.Advance(new OutboxOptions().FirstRetryDelay);
        await dispatcher.DispatchDueAsync(Ct);
        Handled.Records.Select(r => r.Handler).Order().ShouldBe([nameof(FlakyHandler), nameof(RecordingHandler)]);
    }

    [Fact]
    public async Task A_handler_that_keeps_failing_is_dead_after_the_last_attempt()
    {
        var noteId = await RenameNewNoteAsync(TenantA, "renamed");
        Handled.FailuresLeft[noteId] = int.MaxValue;
        var dispatcher = CreateDispatcher(new OutboxOptions { MaxAttempts = 2 });

        await dispatcher.DispatchDueAsync(Ct);
        Services.Clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchDueAsync(Ct);

        var dead = await CountAsync(db => db.OutboxDeliveries.SingleAsync(d => d.Handler == typeof(FlakyHandler).FullName, Ct));
        dead.Status.ShouldBe(OutboxDeliveryStatus.Dead);
        dead.Attempts.ShouldBe(2);
    }

    private OutboxDispatcher CreateDispatcher(OutboxOptions? options = null) => new(
        Services.Services.GetRequiredService<IServiceScopeFactory>(),
        Services.Services.GetServices<DomainEventHandlerDescriptor>(),
        Services.CurrentTenant,
        Options.Create(options ?? new OutboxOptions()),
        Services.Clock,
        NullLogger<OutboxDispatcher>.Instance);

    private async Task<Guid> RenameNewNoteAsync(Guid tenantId, string title)
    {
        using var tenant = Services.AsTenant(tenantId);
        return await Services.InScopeAsync(async sp =>
        {
            var note = new TestNote(Guid.CreateVersion7(), "draft");
            note.Rename(title);
            sp.GetRequiredService<TestCommerceDbContext>().Notes.Add(note);
            await sp.GetRequiredService<Domain.Repositories.IUnitOfWork>().SaveChangesAsync(Ct);
            return note.Id;
        });
    }

    private Task<T> CountAsync<T>(Func<TestCommerceDbContext, Task<T>> read) =>
        Services.InScopeAsync(sp => read(sp.GetRequiredService<TestCommerceDbContext>()));
}
