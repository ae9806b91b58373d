using System.Text;
using CsvHelper;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Reads a product CSV file (RFC 4180, UTF-8 with or without a byte order mark) into rows. The whole file is
/// refused, before any row is judged, when it is not CSV, lacks a required column or has too many rows.
/// </summary>
internal static class ProductCsvReader
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<byte[]> ReadContentAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > ProductImportConsts.MaxByteSize)
                throw new BusinessException(CommerceErrorCodes.ProductTransfers.FileTooLarge, BusinessErrorKind.Invalid).WithData("limit", ProductImportConsts.MaxByteSize);
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static IReadOnlyList<ProductCsvRow> Read(byte[] content)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            NormalizeHeaderName = name => name.Trim().ToLowerInvariant(),
        };
        try
        {
            using var csv = CsvReader.Create(new StringReader(Decode(content)), options, leaveOpen: false);
            csv.ReadHeader();
            var columns = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            if (columns.Count == 0 || columns.TrueForAll(string.IsNullOrEmpty))
                throw NotACsvFile();
            var missing = ProductCsvColumns.Required.Where(c => !columns.Contains(c)).ToList();
            if (missing.Count > 0)
                throw new BusinessException(CommerceErrorCodes.ProductTransfers.MissingColumns, BusinessErrorKind.Invalid).WithData("columns", string.Join(", ", missing));
            var known = ProductCsvColumns.All.Where(columns.Contains).ToDictionary(c => c, c => columns.IndexOf(c));
            var rows = new List<ProductCsvRow>();
            while (csv.Read())
            {
                var cells = known.ToDictionary(c => c.Key, c => (csv.GetString(c.Value) ?? string.Empty).Trim());
                if (cells.Values.All(v => v.Length == 0))
                    continue;
                if (rows.Count == ProductImportConsts.MaxRowCount)
                    throw new BusinessException(CommerceErrorCodes.ProductTransfers.TooManyRows, BusinessErrorKind.Invalid).WithData("limit", ProductImportConsts.MaxRowCount);
                rows.Add(new ProductCsvRow(checked((int)csv.RowNumber), cells));
            }

            return rows;
        }
        catch (CsvFormatException)
        {
            throw NotACsvFile();
        }
    }

    /// <summary>Text without stray control characters; a binary file (an image, a spreadsheet) fails here.</summary>
    private static string Decode(byte[] content)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            throw NotACsvFile();
        }

        text = text.TrimStart('\uFEFF');
        if (text.Length == 0 || text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
            throw NotACsvFile();
        return text;
    }

    private static BusinessException NotACsvFile() => new(CommerceErrorCodes.ProductTransfers.NotACsvFile, BusinessErrorKind.Invalid);
}
