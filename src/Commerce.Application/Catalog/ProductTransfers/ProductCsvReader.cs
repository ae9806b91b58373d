using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

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
        var text = Decode(content);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
                throw NotACsvFile();
            var columns = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var missing = ProductCsvColumns.Required.Where(c => !columns.Contains(c)).ToList();
            if (missing.Count > 0)
                throw new BusinessException(CommerceErrorCodes.ProductTransfers.MissingColumns, BusinessErrorKind.Invalid).WithData("columns", string.Join(", ", missing));
            var known = ProductCsvColumns.All.Where(columns.Contains).ToList();
            var rows = new List<ProductCsvRow>();
            while (csv.Read())
            {
                if (csv.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
                    continue;
                if (rows.Count == ProductImportConsts.MaxRowCount)
                    throw new BusinessException(CommerceErrorCodes.ProductTransfers.TooManyRows, BusinessErrorKind.Invalid).WithData("limit", ProductImportConsts.MaxRowCount);
                rows.Add(new ProductCsvRow(csv.Parser.Row - 1, known.ToDictionary(c => c, c => csv.GetField(c)?.Trim() ?? string.Empty)));
            }

            return rows;
        }
        catch (CsvHelperException)
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
