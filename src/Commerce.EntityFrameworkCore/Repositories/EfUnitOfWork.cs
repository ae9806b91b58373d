using Commerce.Domain.Repositories;
using Commerce.EntityFrameworkCore.Schema;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.EntityFrameworkCore.Repositories;

/// <summary>One SaveChanges per request; database refusals become the error codes of the rules they guard.</summary>
internal sealed class EfUnitOfWork(CommerceDbContext db) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new BusinessException(CommerceErrorCodes.StaleVersion, ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
                                           && FindErrorCode(pg.ConstraintName) is { } code)
        {
            throw new BusinessException(code, ex);
        }
    }

    /// <summary>Opens a transaction, or joins the one already open (the outbox delivers each event inside one).</summary>
    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken ct) =>
        db.Database.CurrentTransaction is null
            ? new EfUnitOfWorkTransaction(await db.Database.BeginTransactionAsync(ct))
            : JoinedUnitOfWorkTransaction.Instance;

    private string? FindErrorCode(string? indexName) =>
        indexName is null
            ? null
            : db.Model.GetEntityTypes().SelectMany(t => t.GetIndexes())
                .FirstOrDefault(i => i.GetDatabaseName() == indexName)?[IndexBuilderExtensions.ErrorCodeAnnotation] as string;
}
