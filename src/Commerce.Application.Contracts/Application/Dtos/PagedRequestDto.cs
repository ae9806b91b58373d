using System.ComponentModel.DataAnnotations;

namespace Commerce.Application.Dtos;

/// <summary>Offset paging for short lists; lists that grow large page by keyset instead.</summary>
public record PagedRequestDto
{
    public const int MaxPageSize = 100;

    [Range(0, int.MaxValue)]
    public int SkipCount { get; init; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; init; } = 20;
}
