namespace Commerce.Application.Dtos;

/// <summary>One page of a list and the number of items over all pages.</summary>
public sealed record PagedResultDto<T>
{
    public required long TotalCount { get; init; }

    public required IReadOnlyList<T> Items { get; init; }
}
