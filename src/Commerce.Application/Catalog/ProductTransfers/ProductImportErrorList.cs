using Commerce.Localization;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>The errors found in a file, each with its message; every row is judged, so the report is complete.</summary>
internal sealed class ProductImportErrorList
{
    private readonly List<ProductImportError> errors = [];

    public IReadOnlyList<ProductImportError> Items => errors;

    public bool Any => errors.Count > 0;

    public void Add(int row, string? column, string code, IReadOnlyDictionary<string, object?>? data = null) =>
        errors.Add(new ProductImportError(row, column, code, CommerceResource.Format(code, data)));

    public void Add(int row, string? column, BusinessException ex) => Add(row, column, ex.Code, ex.Details);

    public void Add(int row, string column, string code, string name, object? value) =>
        Add(row, column, code, new Dictionary<string, object?> { [name] = value });

    public void Invalid(int row, string column, string value) =>
        Add(row, column, CommerceErrorCodes.ProductTransfers.InvalidValue, new Dictionary<string, object?> { ["column"] = column, ["value"] = value });

    public void Missing(int row, string column) => Add(row, column, CommerceErrorCodes.ProductTransfers.MissingValue, "column", column);
}
