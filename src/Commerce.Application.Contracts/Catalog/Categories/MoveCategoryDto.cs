using System.ComponentModel.DataAnnotations;

namespace Commerce.Catalog.Categories;

public sealed record MoveCategoryDto
{
    /// <summary>The new parent; none moves the category to the root. Not the category itself nor one below it.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>The place among the new siblings, from 0; past the end puts it last.</summary>
    [Range(0, int.MaxValue)]
    public int Position { get; init; }

    /// <summary>The version the caller read; the move is refused with 409 when the category changed since.</summary>
    public uint Version { get; init; }
}
