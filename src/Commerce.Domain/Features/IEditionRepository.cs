using Commerce.Domain.Repositories;

namespace Commerce.Features;

public interface IEditionRepository : IRepository<Edition>
{
    Task<Edition?> FindByNameAsync(string name, CancellationToken ct);

    Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct);
}
