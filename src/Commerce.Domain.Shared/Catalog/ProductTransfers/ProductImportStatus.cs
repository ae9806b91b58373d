namespace Commerce.Catalog.ProductTransfers;

public enum ProductImportStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
