using Commerce.Application.Dtos;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>Products and variants out to a CSV file, and back in through a background import.</summary>
public interface IProductTransferAppService
{
    /// <summary>Writes every product of the tenant, one row per variant, ordered by handle, to the output as it reads them.</summary>
    Task ExportAsync(Stream output, CancellationToken ct);

    /// <summary>Checks the file's header, stores the file and queues its import.</summary>
    Task<ProductImportDto> StartImportAsync(StartProductImportDto input, CancellationToken ct);

    Task<ProductImportDto> GetImportAsync(Guid id, CancellationToken ct);

    Task<PagedResultDto<ProductImportListItemDto>> GetImportListAsync(GetProductImportListInput input, CancellationToken ct);
}
