namespace Commerce.Catalog.ProductTransfers;

public static class ProductImportConsts
{
    /// <summary>The largest file accepted: 20 MB.</summary>
    public const long MaxByteSize = 20 * 1024 * 1024;

    /// <summary>The largest upload request: the file plus the form's boundaries.</summary>
    public const long MaxUploadRequestSize = MaxByteSize + (64 * 1024);

    /// <summary>The most data rows (variants) one file may have: the import writes in one transaction.</summary>
    public const int MaxRowCount = 10_000;

    /// <summary>The most row errors kept in a report; a file with more is refused after this many.</summary>
    public const int MaxErrorCount = 1_000;

    public const int FileNameMaxLength = 255;

    /// <summary>How many rows the job validates or writes between two progress updates.</summary>
    public const int ProgressInterval = 250;

    /// <summary>The container the uploaded files are kept in.</summary>
    public const string BlobContainer = "product-imports";
}
