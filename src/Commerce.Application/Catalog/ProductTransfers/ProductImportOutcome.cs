namespace Commerce.Catalog.ProductTransfers;

/// <summary>What a write did: the products created and updated, or the error that rolled everything back.</summary>
internal sealed record ProductImportOutcome(int Created, int Updated, ProductImportError? Error);
