using Commerce.Domain.Repositories;
using Commerce.TestBase;
using Commerce.TestBase.Database;
using Commerce.TestBase.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.EntityFrameworkCore;

/// <summary>A test class on its own database, with helpers to write and read test notes as a tenant.</summary>
public abstract class KernelTestBase(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncDisposable
{
    // Tests of a class share its database, so each test has tenants of its own.
    protected Guid TenantA { get; } = Guid.CreateVersion7();

    protected Guid TenantB { get; } = Guid.CreateVersion7();

    private CommerceTestServices? services;

    protected TestDatabase Database => database;

    protected CommerceTestServices Services => services ??= CreateServices();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected virtual CommerceTestServices CreateServices() => new(database);

    protected async Task<TestNote> AddNoteAsync(Guid tenantId, string title)
    {
        using var tenant = Services.AsTenant(tenantId);
        return await Services.InScopeAsync(async sp =>
        {
            var note = new TestNote(Guid.CreateVersion7(), title);
            sp.GetRequiredService<TestCommerceDbContext>().Notes.Add(note);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Ct);
            return note;
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (services is not null)
            await services.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
