namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// One problem found in an import file: the data row (1 is the first row after the header; 0 for the file as a
/// whole), the column when one is to blame, the error code and its message.
/// </summary>
public sealed record ProductImportError(int Row, string? Column, string Code, string Message);
