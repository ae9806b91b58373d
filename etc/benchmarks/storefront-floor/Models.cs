internal sealed record Category(Guid Id, string Name, string Handle, Guid? ParentId);

internal sealed record ListItem(Guid Id, string Title, string Handle, bool InStock, decimal Price, Guid? ImageId);

internal sealed record Product(Guid Id, string Title, string Description, decimal Price, Guid[] VariantIds);
