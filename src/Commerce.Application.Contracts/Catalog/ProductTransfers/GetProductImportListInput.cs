using Commerce.Application.Dtos;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>The tenant's imports, newest first.</summary>
public sealed record GetProductImportListInput : PagedRequestDto;
