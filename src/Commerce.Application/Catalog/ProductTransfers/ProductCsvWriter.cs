using System.Globalization;
using System.Text;
using CsvHelper;
using C = Commerce.Catalog.ProductTransfers.ProductCsvColumns;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Writes the product CSV file: UTF-8 with a byte order mark (so spreadsheets read it as UTF-8), a header row, and
/// one row per variant with the product's own cells on its first row only, as <see cref="ProductCsvReader"/> reads them.
/// </summary>
internal sealed class ProductCsvWriter : IAsyncDisposable
{
    private readonly StreamWriter writer;
    private readonly CsvWriter csv;

    public ProductCsvWriter(Stream output)
    {
        writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 65536, leaveOpen: true);
        csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
    }

    public async Task WriteHeaderAsync()
    {
        foreach (var column in C.All)
            csv.WriteField(column);
        await csv.NextRecordAsync();
    }

    public async Task WriteAsync(ProductExportRow product, IReadOnlyDictionary<Guid, int> stock)
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
            await csv.NextRecordAsync();
            first = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await csv.FlushAsync();
        await csv.DisposeAsync();
        await writer.DisposeAsync();
    }

    private static string Money(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
