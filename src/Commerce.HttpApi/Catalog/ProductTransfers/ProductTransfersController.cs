using Commerce.Application.Dtos;
using Commerce.Catalog.ProductTransfers;
using Commerce.HttpApi.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.HttpApi.Catalog.ProductTransfers;

/// <summary>Products and variants as a CSV file (one row per variant): exported at once, imported in the background.</summary>
[ApiController]
[Route("api/catalog/product-transfers")]
[Authorize(Policy = CommerceAuthorizationPolicies.Tenant)]
[Tags("Product transfers")]
public sealed class ProductTransfersController(IProductTransferAppService transfers) : ControllerBase
{
    /// <summary>Downloads every product of the tenant as products.csv, ordered by handle, written as it is read.</summary>
    [HttpGet("export")]
    [ProducesResponseType<FileStreamResult>(StatusCodes.Status200OK, "text/csv")]
    public async Task Export(CancellationToken ct)
    {
        // Headers go out with the first byte, after the permission check: a refusal still becomes a problem response.
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"products.csv\"";
        await transfers.ExportAsync(Response.Body, ct);
    }

    /// <summary>
    /// Uploads a CSV file (multipart form: <c>file</c>, up to 20 MB and 10,000 rows) and queues its import: 202 with the
    /// import to poll. 400 Commerce:ProductTransfers:NotACsvFile, MissingColumns, FileTooLarge or TooManyRows.
    /// </summary>
    [HttpPost("imports")]
    [RequestSizeLimit(ProductImportConsts.MaxUploadRequestSize)]
    [RequestFormLimits(MultipartBodyLengthLimit = ProductImportConsts.MaxUploadRequestSize)]
    [ProducesResponseType<ProductImportDto>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public async Task<ActionResult<ProductImportDto>> StartImport(IFormFile? file, CancellationToken ct)
    {
        // A request without a file reaches the permission check, and then fails as an empty file: not CSV.
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var import = await transfers.StartImportAsync(new StartProductImportDto { Content = content, FileName = file?.FileName }, ct);
        return AcceptedAtAction(nameof(GetImport), new { id = import.Id }, import);
    }

    /// <summary>An import's status, progress, outcome and row errors: poll it until it has succeeded or failed.</summary>
    [HttpGet("imports/{id:guid}")]
    [ProducesResponseType<ProductImportDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public Task<ProductImportDto> GetImport(Guid id, CancellationToken ct) => transfers.GetImportAsync(id, ct);

    /// <summary>The tenant's imports, newest first.</summary>
    [HttpGet("imports")]
    [ProducesResponseType<PagedResultDto<ProductImportListItemDto>>(StatusCodes.Status200OK)]
    public Task<PagedResultDto<ProductImportListItemDto>> GetImportList([FromQuery] GetProductImportListInput input, CancellationToken ct) =>
        transfers.GetImportListAsync(input, ct);
}
