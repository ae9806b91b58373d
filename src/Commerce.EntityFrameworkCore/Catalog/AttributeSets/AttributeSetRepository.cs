using Commerce.Catalog.AttributeSets;
using Commerce.EntityFrameworkCore.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Catalog.AttributeSets;

internal sealed class AttributeSetRepository(CommerceDbContext db) : EfRepository<AttributeSet>(db), IAttributeSetRepository
{
    public Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct) =>
        Set.AnyAsync(s => s.Name == name && s.Id != exceptId, ct);

    public IQueryable<AttributeSet> Search(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Query() : Query().Where(s => EF.Functions.ILike(s.Name, LikePattern.Containing(text)));
}
