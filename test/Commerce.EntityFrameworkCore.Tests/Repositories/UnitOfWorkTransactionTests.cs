using Commerce.Domain.Repositories;
using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore.Repositories;

public sealed class UnitOfWorkTransactionTests(TestDatabase database) : KernelTestBase(database)
{
    [Fact]
    public async Task A_transaction_begun_inside_another_joins_it_and_the_outer_one_decides()
    {
        var note = await AddNoteAsync(TenantA, "v1");
        using var tenant = Services.AsTenant(TenantA);
        await using (var scope = Services.Services.CreateAsyncScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            var db = scope.ServiceProvider.GetRequiredService<TestCommerceDbContext>();
            await using var outer = await unitOfWork.BeginTransactionAsync(Ct);
            await using (var inner = await unitOfWork.BeginTransactionAsync(Ct))
            {
                (await db.Notes.SingleAsync(n => n.Id == note.Id, Ct)).Rename("v2");
                await unitOfWork.SaveChangesAsync(Ct);
                await inner.CommitAsync(Ct);
            }

            db.Database.CurrentTransaction.ShouldNotBeNull();
        }

        await using var check = Services.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<TestCommerceDbContext>().Notes.SingleAsync(n => n.Id == note.Id, Ct)).Title.ShouldBe("v1");
    }
}
