using Commerce.Domain.Repositories;
using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.Repositories;

public sealed class ConcurrencyTests(TestDatabase database) : KernelTestBase(database)
{
    [Fact]
    public async Task Of_two_writers_that_read_the_same_version_the_second_fails_with_StaleVersion()
    {
        var note = await AddNoteAsync(TenantA, "v1");
        using var tenant = Services.AsTenant(TenantA);
        await using var first = Services.Services.CreateAsyncScope();
        await using var second = Services.Services.CreateAsyncScope();
        var mine = await first.ServiceProvider.GetRequiredService<TestCommerceDbContext>().Notes.SingleAsync(n => n.Id == note.Id, Ct);
        var theirs = await second.ServiceProvider.GetRequiredService<TestCommerceDbContext>().Notes.SingleAsync(n => n.Id == note.Id, Ct);

        mine.Rename("mine");
        await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
        theirs.Rename("theirs");
        var ex = await Should.ThrowAsync<BusinessException>(() => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct));

        ex.Code.ShouldBe(CommerceErrorCodes.StaleVersion);
        mine.Version.ShouldNotBe(theirs.Version);
    }
}
