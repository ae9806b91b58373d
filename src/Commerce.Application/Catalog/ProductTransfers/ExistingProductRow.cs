using Commerce.Catalog.Products;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>What the import needs to know of a product the file names by handle.</summary>
internal sealed record ExistingProductRow(Guid Id, string Handle, IReadOnlyList<ProductOption> Options);
