using Commerce.Domain.Repositories;

namespace Commerce.Catalog.AttributeSets;

public interface IAttributeSetRepository : IRepository<AttributeSet>
{
    Task<bool> NameExistsAsync(string name, Guid? exceptId, CancellationToken ct);

    /// <summary>Untracked sets whose name contains the text, in any case.</summary>
    IQueryable<AttributeSet> Search(string? text);
}
