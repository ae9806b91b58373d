namespace Commerce.Features;

/// <summary>Center Control's plans and the features they set.</summary>
public interface IEditionAppService
{
    Task<IReadOnlyList<FeatureDefinitionDto>> GetFeatureDefinitionsAsync(CancellationToken ct);

    Task<IReadOnlyList<EditionDto>> GetListAsync(CancellationToken ct);

    Task<EditionDto> GetAsync(Guid id, CancellationToken ct);

    Task<EditionDto> CreateAsync(CreateEditionDto input, CancellationToken ct);

    Task<EditionDto> UpdateAsync(Guid id, UpdateEditionDto input, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);
}
