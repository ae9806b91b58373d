using Commerce.Auditing;
using Commerce.BlobStoring;
using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// An upload of a product CSV file and what became of it: queued, running (with its progress), succeeded (with
/// what it created and updated) or failed (with every row error; a failed import has written nothing). The file
/// itself is kept in the blob store under the import's id.
/// </summary>
public sealed class ProductImport : AggregateRoot, IMultiTenant, IHasCreationAudit
{
    private ProductImport()
    {
        FileName = string.Empty;
        Errors = [];
    }

    public ProductImport(Guid id, string fileName)
        : base(id)
    {
        // Browsers on Windows may send the whole path; the name is what follows its last separator, either kind.
        var given = fileName ?? string.Empty;
        var name = given[(given.LastIndexOfAny(['/', '\\']) + 1)..].Trim();
        FileName = name.Length == 0 ? "products.csv" : name[..Math.Min(name.Length, ProductImportConsts.FileNameMaxLength)];
        Status = ProductImportStatus.Queued;
        Errors = [];
    }

    public Guid TenantId { get; private set; }

    /// <summary>The name the file was uploaded with, for people to recognize it; never used as a path.</summary>
    public string FileName { get; private set; }

    public ProductImportStatus Status { get; private set; }

    /// <summary>The data rows of the file, known once the job has read it.</summary>
    public int TotalRows { get; private set; }

    /// <summary>The rows checked, then the rows written: the progress shown while the import runs.</summary>
    public int ProcessedRows { get; private set; }

    public int CreatedProducts { get; private set; }

    public int UpdatedProducts { get; private set; }

    public IReadOnlyList<ProductImportError> Errors { get; private set; }

    public DateTimeOffset? StartTime { get; private set; }

    public DateTimeOffset? CompletionTime { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }

    public BlobName FileBlob() => new(ProductImportConsts.BlobContainer, $"{Id:N}.csv");

    /// <summary>Starts the import; a job run again after a crash starts it over (its writes were rolled back).</summary>
    public void Start(int totalRows, DateTimeOffset now)
    {
        if (Status is not (ProductImportStatus.Queued or ProductImportStatus.Running))
            throw InvalidState();
        ArgumentOutOfRangeException.ThrowIfNegative(totalRows);
        Status = ProductImportStatus.Running;
        TotalRows = totalRows;
        ProcessedRows = 0;
        StartTime = now;
    }

    public void ReportProgress(int processedRows)
    {
        EnsureStatus(ProductImportStatus.Running);
        ProcessedRows = Math.Clamp(processedRows, 0, TotalRows);
    }

    public void Succeed(int createdProducts, int updatedProducts, DateTimeOffset now)
    {
        EnsureStatus(ProductImportStatus.Running);
        Status = ProductImportStatus.Succeeded;
        ProcessedRows = TotalRows;
        CreatedProducts = createdProducts;
        UpdatedProducts = updatedProducts;
        CompletionTime = now;
    }

    /// <summary>Ends the import with its report; nothing of the file was written.</summary>
    public void Fail(IEnumerable<ProductImportError> errors, DateTimeOffset now)
    {
        if (Status is ProductImportStatus.Succeeded or ProductImportStatus.Failed)
            throw InvalidState();
        Status = ProductImportStatus.Failed;
        Errors = [.. errors.OrderBy(e => e.Row).Take(ProductImportConsts.MaxErrorCount)];
        CreatedProducts = 0;
        UpdatedProducts = 0;
        CompletionTime = now;
    }

    private void EnsureStatus(ProductImportStatus expected)
    {
        if (Status != expected)
            throw InvalidState();
    }

    private InvalidOperationException InvalidState() => new($"Product import {Id} is {Status}.");
}
