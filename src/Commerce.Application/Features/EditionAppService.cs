using Commerce.Domain.Repositories;
using Commerce.Permissions;

namespace Commerce.Features;

/// <summary>Center Control's plans.</summary>
public sealed class EditionAppService(
    IPermissionChecker permissions, IEditionRepository editions, EditionManager editionManager, FeatureValueCache featureCache, IAsyncQueryExecutor executor, IUnitOfWork unitOfWork)
    : IEditionAppService
{
    public async Task<IReadOnlyList<FeatureDefinitionDto>> GetFeatureDefinitionsAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Features.Editions.Default, ct);
        return CommerceFeatureDefinitions.All.Select(FeatureMapper.ToDto).ToList();
    }

    public async Task<IReadOnlyList<EditionDto>> GetListAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Features.Editions.Default, ct);
        return (await executor.ToListAsync(editions.Query().OrderBy(e => e.Name), ct)).ConvertAll(FeatureMapper.ToDto);
    }

    public async Task<EditionDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Features.Editions.Default, ct);
        return FeatureMapper.ToDto(await editions.GetAsync(id, ct));
    }

    public async Task<EditionDto> CreateAsync(CreateEditionDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Features.Editions.Create, ct);
        var edition = await editionManager.CreateAsync(input.Name, input.DisplayName, ct);
        SetFeatureValues(edition, input.FeatureValues);
        await editions.AddAsync(edition, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return FeatureMapper.ToDto(edition);
    }

    public async Task<EditionDto> UpdateAsync(Guid id, UpdateEditionDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Features.Editions.Edit, ct);
        var edition = await editions.GetAsync(id, ct);
        edition.EnsureVersion(input.Version);
        edition.Rename(input.DisplayName);
        SetFeatureValues(edition, input.FeatureValues);
        await unitOfWork.SaveChangesAsync(ct);
        await featureCache.InvalidateEditionAsync(id, ct);
        return FeatureMapper.ToDto(edition);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Features.Editions.Delete, ct);
        await editionManager.DeleteAsync(await editions.GetAsync(id, ct), ct);
        await unitOfWork.SaveChangesAsync(ct);
        await featureCache.InvalidateEditionAsync(id, ct);
    }

    private static void SetFeatureValues(Edition edition, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var (name, value) in values)
            edition.SetFeatureValue(CommerceFeatureDefinitions.Get(name), value);
    }
}
