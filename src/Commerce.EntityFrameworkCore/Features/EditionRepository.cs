using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Features;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Features;

internal sealed class EditionRepository(CommerceDbContext db) : EfRepository<Edition>(db), IEditionRepository
{
    public Task<Edition?> FindByNameAsync(string name, CancellationToken ct) =>
        Set.FirstOrDefaultAsync(e => e.Name == name, ct);

    public Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct) =>
        Set.AnyAsync(e => e.Name == name && e.Id != exceptId, ct);
}
