namespace Commerce.Catalog.Categories;

internal sealed record CategoryTreeRow(Guid Id, Guid? ParentId, string Name, string Handle, bool IsHidden, int Position, uint Version);
