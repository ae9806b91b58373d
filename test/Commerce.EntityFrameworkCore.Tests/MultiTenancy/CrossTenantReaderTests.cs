using Commerce.MultiTenancy;
using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.MultiTenancy;

public sealed class CrossTenantReaderTests(TestDatabase database) : KernelTestBase(database)
{
    [Fact]
    public async Task The_host_reads_across_tenants_through_the_audited_path_and_the_read_is_recorded()
    {
        await AddNoteAsync(TenantA, "A's note");
        await AddNoteAsync(TenantB, "B's note");
        var admin = Guid.CreateVersion7();

        using var user = Services.AsUser(admin);
        var titles = await Services.InScopeAsync(sp => sp.GetRequiredService<ICrossTenantReader>()
            .ReadAsync<TestNote, string>("platform report", q => q
                .Where(n => n.TenantId == TenantA || n.TenantId == TenantB).OrderBy(n => n.Title).Select(n => n.Title), Ct));

        titles.ShouldBe(["A's note", "B's note"]);
        var audit = await Services.InScopeAsync(sp => sp.GetRequiredService<TestCommerceDbContext>().CrossTenantAccesses.SingleAsync(a => a.UserId == admin, Ct));
        audit.UserId.ShouldBe(admin);
        audit.Reason.ShouldBe("platform report");
        audit.EntityName.ShouldBe(nameof(TestNote));
    }

    [Fact]
    public async Task The_cross_tenant_flag_ends_with_its_transaction()
    {
        await AddNoteAsync(TenantA, "A's note");

        var afterwards = await Services.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICrossTenantReader>().ReadAsync<TestNote, Guid>("check", q => q.Select(n => n.Id), Ct);
            var db = sp.GetRequiredService<TestCommerceDbContext>();
            return await db.Notes.FromSql($"SELECT * FROM tests.notes").IgnoreQueryFilters([Schema.QueryFilters.Tenant]).CountAsync(Ct);
        });

        afterwards.ShouldBe(0);
    }

    [Fact]
    public async Task A_tenant_cannot_use_the_cross_tenant_path()
    {
        using var tenant = Services.AsTenant(TenantA);

        var ex = await Should.ThrowAsync<BusinessException>(() => Services.InScopeAsync(sp =>
            sp.GetRequiredService<ICrossTenantReader>().ReadAsync<TestNote, Guid>("peek", q => q.Select(n => n.Id), Ct)));

        ex.Kind.ShouldBe(BusinessErrorKind.Forbidden);
    }
}
