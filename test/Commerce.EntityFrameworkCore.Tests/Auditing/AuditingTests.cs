using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.Auditing;

public sealed class AuditingTests(TestDatabase database) : KernelTestBase(database)
{
    private readonly Guid author = Guid.CreateVersion7();

    [Fact]
    public async Task A_new_row_carries_the_acting_user_and_the_clock_time()
    {
        using var user = Services.AsUser(author);

        var note = await AddNoteAsync(TenantA, "Hello");

        var stored = await ReadAsync(TenantA, db => db.Notes.SingleAsync(n => n.Id == note.Id, Ct));
        stored.CreatorId.ShouldBe(author);
        stored.CreationTime.ShouldBe(Services.Clock.GetUtcNow());
        stored.TenantId.ShouldBe(TenantA);
        stored.LastModificationTime.ShouldBeNull();
    }

    [Fact]
    public async Task An_update_carries_the_modifying_user_and_time()
    {
        var note = await AddNoteAsync(TenantA, "Hello");
        var editor = Guid.CreateVersion7();
        Services.Clock.Advance(TimeSpan.FromMinutes(5));

        using (Services.AsUser(editor))
            await ChangeAsync(TenantA, note.Id, (db, n) => n.Rename("Hello again"));

        var stored = await ReadAsync(TenantA, db => db.Notes.SingleAsync(n => n.Id == note.Id, Ct));
        stored.LastModifierId.ShouldBe(editor);
        stored.LastModificationTime.ShouldBe(Services.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_deleted_row_is_kept_marked_and_hidden_from_queries()
    {
        var note = await AddNoteAsync(TenantA, "Short-lived");
        Services.Clock.Advance(TimeSpan.FromHours(1));

        using (Services.AsUser(author))
            await ChangeAsync(TenantA, note.Id, (db, n) => db.Notes.Remove(n));

        (await ReadAsync(TenantA, db => db.Notes.AnyAsync(n => n.Id == note.Id, Ct))).ShouldBeFalse();
        var kept = await ReadAsync(TenantA, db => db.Notes.IgnoreQueryFilters([Schema.QueryFilters.SoftDelete]).SingleAsync(n => n.Id == note.Id, Ct));
        kept.IsDeleted.ShouldBeTrue();
        kept.DeleterId.ShouldBe(author);
        kept.DeletionTime.ShouldBe(Services.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Lifting_the_soft_delete_filter_never_lifts_the_tenant_filter()
    {
        var note = await AddNoteAsync(TenantA, "A's");
        await ChangeAsync(TenantA, note.Id, (db, n) => db.Notes.Remove(n));

        var seenByB = await ReadAsync(TenantB, db => db.Notes.IgnoreQueryFilters([Schema.QueryFilters.SoftDelete]).CountAsync(Ct));

        seenByB.ShouldBe(0);
    }

    private async Task ChangeAsync(Guid tenantId, Guid noteId, Action<TestCommerceDbContext, TestNote> change)
    {
        using var tenant = Services.AsTenant(tenantId);
        await Services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TestCommerceDbContext>();
            change(db, await db.Notes.SingleAsync(n => n.Id == noteId, Ct));
            await sp.GetRequiredService<Domain.Repositories.IUnitOfWork>().SaveChangesAsync(Ct);
        });
    }

    private async Task<T> ReadAsync<T>(Guid tenantId, Func<TestCommerceDbContext, Task<T>> read)
    {
        using var tenant = Services.AsTenant(tenantId);
        return await Services.InScopeAsync(sp => read(sp.GetRequiredService<TestCommerceDbContext>()));
    }
}
