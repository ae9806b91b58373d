namespace Commerce.Domain.Repositories;

/// <summary>A transaction around several saves; disposed without a commit, it rolls everything back.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken ct);
}
