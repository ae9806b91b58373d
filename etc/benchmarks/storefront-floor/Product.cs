internal sealed record Product(Guid Id, string Title, string Description, decimal Price, Guid[] VariantIds);
