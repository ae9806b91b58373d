using System.Globalization;
using Commerce.Catalog.Products;
using CsvHelper;
using C = Commerce.Catalog.ProductTransfers.ProductCsvColumns;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Writes the product CSV file: UTF-8 with a byte order mark (so spreadsheets read it as UTF-8), a header row, and
/// one row per variant with the product's own cells on its first row only, as <see cref="ProductCsvReader"/> reads them.
/// </summary>
internal sealed class ProductCsvWriter(Stream output) : IAsyncDisposable
{
    private readonly CsvWriter csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true, FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);

    public async Task WriteHeaderAsync(CancellationToken ct)
    {
        csv.WriteHeader([.. C.All]);
        await csv.FlushAsync(ct);
    }

    public async Task WriteAsync(ProductExportRow product, IReadOnlyDictionary<Guid, int> stock, CancellationToken ct)
    {
        var first = true;
        foreach (var variant in product.Variants.OrderBy(v => v.Position))
        {
            csv.WriteField(product.Handle);
            csv.WriteField(first ? product.Title : null);
            csv.WriteField(first ? product.Description : null);
            csv.WriteField(first ? product.Status.ToString().ToLowerInvariant() : null);
            csv.WriteField(first ? string.Join(", ", product.Tags) : null);
            string?[] values = [variant.Option1, variant.Option2, variant.Option3];
            for (var i = 0; i < ProductConsts.MaxOptionCount; i++)
            {
                csv.WriteField(i < product.Options.Count ? product.Options[i].Name : null);
                csv.WriteField(i < product.Options.Count ? values[i] : null);
            }

            csv.WriteField(variant.Sku);
            csv.WriteField(variant.Barcode);
            csv.WriteField(Money(variant.Price));
            csv.WriteField(variant.CompareAtPrice is { } compareAt ? Money(compareAt) : null);
            csv.WriteField(variant.WeightGrams?.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(stock.TryGetValue(variant.Id, out var onHand) ? onHand.ToString(CultureInfo.InvariantCulture) : "0");
            await csv.EndRecordAsync(ct);
            first = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await csv.FlushAsync(CancellationToken.None);
        await csv.DisposeAsync();
    }

    private static string Money(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
