using System.Globalization;
using Commerce.Catalog.Products;
using Commerce.Inventory;
using C = Commerce.Catalog.ProductTransfers.ProductCsvColumns;

namespace Commerce.Catalog.ProductTransfers;

/// <summary>
/// Turns rows into products by handle (in order of first appearance), judging every cell on its own and the rows
/// of a handle together: types, lengths, prices, options and SKUs repeated in the file. Errors are collected, never thrown.
/// </summary>
internal static class ProductCsvParser
{
    private static readonly decimal MaxPrice = decimal.Parse(ProductVariantConsts.MaxPrice, CultureInfo.InvariantCulture);

    public static List<ProductImportItem> Parse(IReadOnlyList<ProductCsvRow> rows, ProductImportErrorList errors)
    {
        var items = new List<ProductImportItem>();
        foreach (var group in rows.Where(r => CheckHandle(r, errors)).GroupBy(r => r[C.Handle]!, StringComparer.Ordinal))
        {
            if (ParseProduct(group.Key, [.. group], errors) is { } item)
                items.Add(item);
        }

        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variant in items.SelectMany(i => i.Variants).Where(v => v.Sku is not null).OrderBy(v => v.Row))
        {
            if (!skus.Add(variant.Sku!))
                errors.Add(variant.Row, C.Sku, CommerceErrorCodes.Catalog.DuplicateSku, "sku", variant.Sku);
        }

        return items;
    }

    private static bool CheckHandle(ProductCsvRow row, ProductImportErrorList errors)
    {
        if (row[C.Handle] is not { } handle)
        {
            errors.Missing(row.Number, C.Handle);
            return false;
        }

        try
        {
            CatalogHandle.Check(handle);
            return true;
        }
        catch (BusinessException ex)
        {
            errors.Add(row.Number, C.Handle, ex);
            return false;
        }
    }

    private static ProductImportItem? ParseProduct(string handle, List<ProductCsvRow> rows, ProductImportErrorList errors)
    {
        var first = rows[0];
        var before = errors.Items.Count;
        var title = Text(first, C.Title, ProductConsts.TitleMaxLength, errors);
        var description = Text(first, C.Description, ProductConsts.DescriptionMaxLength, errors);
        var status = Status(first, errors);
        var tags = Tags(first, errors);
        var names = OptionNames(first);
        var variants = new List<ProductImportVariant>();
        foreach (var row in rows)
        {
            if (!OptionNames(row).SequenceEqual(names, StringComparer.OrdinalIgnoreCase))
                errors.Add(row.Number, C.OptionName(1), CommerceErrorCodes.ProductTransfers.OptionsMismatch, "handle", handle);
            else if (ParseVariant(row, names.Count, errors) is { } variant)
                variants.Add(variant);
        }

        var options = Options(handle, first.Number, names, variants, errors);
        if (errors.Items.Count > before)
            return null;
        return new ProductImportItem
        {
            Handle = handle, FirstRow = first.Number, Title = title, Description = description, Status = status, Tags = tags, Options = options, Variants = variants,
        };
    }

    private static ProductImportVariant? ParseVariant(ProductCsvRow row, int optionCount, ProductImportErrorList errors)
    {
        var before = errors.Items.Count;
        var values = new List<string>();
        for (var i = 1; i <= optionCount; i++)
        {
            if (Text(row, C.OptionValue(i), ProductConsts.OptionValueMaxLength, errors) is { } value)
                values.Add(value);
            else if (row[C.OptionValue(i)] is null)
                errors.Missing(row.Number, C.OptionValue(i));
        }

        var sku = Text(row, C.Sku, ProductVariantConsts.SkuMaxLength, errors);
        var barcode = Text(row, C.Barcode, ProductVariantConsts.BarcodeMaxLength, errors);
        var price = Price(row, C.Price, errors);
        if (row[C.Price] is null)
            errors.Missing(row.Number, C.Price);
        var compareAt = Price(row, C.CompareAtPrice, errors);
        var weight = Number(row, C.WeightGrams, ProductVariantConsts.MaxWeightGrams, errors);
        var stock = Number(row, C.Stock, InventoryConsts.MaxQuantity, errors);
        return errors.Items.Count > before ? null : new ProductImportVariant(row.Number, values, sku, barcode, price ?? 0, compareAt, weight, stock);
    }

    /// <summary>The options in the order the rows name their values; each combination once, and no more variants than a product may have.</summary>
    private static List<ProductOption> Options(string handle, int firstRow, List<string> names, List<ProductImportVariant> variants, ProductImportErrorList errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variant in variants.Where(v => !seen.Add(string.Join('\u001f', v.OptionValues))))
            errors.Add(variant.Row, C.OptionValue(1), CommerceErrorCodes.Catalog.DuplicateVariantOptions, "values", string.Join(" / ", variant.OptionValues));
        if (variants.Count > ProductVariantConsts.MaxVariantCount)
            errors.Add(firstRow, null, CommerceErrorCodes.Catalog.TooManyVariants, new Dictionary<string, object?> { ["limit"] = ProductVariantConsts.MaxVariantCount });
        try
        {
            return [.. names.Select((name, i) => new ProductOption(name, [.. variants.Select(v => v.OptionValues[i]).Distinct(StringComparer.OrdinalIgnoreCase)]))];
        }
        catch (BusinessException ex)
        {
            errors.Add(firstRow, C.OptionName(1), ex.WithData("handle", handle));
            return [];
        }
    }

    private static List<string> OptionNames(ProductCsvRow row) =>
        [.. Enumerable.Range(1, ProductConsts.MaxOptionCount).Select(i => row[C.OptionName(i)]).OfType<string>()];

    private static string? Text(ProductCsvRow row, string column, int maxLength, ProductImportErrorList errors)
    {
        var value = row[column];
        if (value is not null && value.Length > maxLength)
        {
            errors.Invalid(row.Number, column, value[..Math.Min(value.Length, 32)] + "…");
            return null;
        }

        return value;
    }

    private static ProductStatus? Status(ProductCsvRow row, ProductImportErrorList errors)
    {
        if (row[C.Status] is not { } value)
            return null;
        if (!value.All(char.IsAsciiLetter) || !Enum.TryParse<ProductStatus>(value, ignoreCase: true, out var status))
        {
            errors.Invalid(row.Number, C.Status, value);
            return null;
        }

        return status;
    }

    private static List<string>? Tags(ProductCsvRow row, ProductImportErrorList errors)
    {
        if (row[C.Tags] is not { } value)
            return null;
        var tags = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Count > ProductConsts.MaxTagCount || tags.Any(t => t.Length > ProductConsts.TagMaxLength))
        {
            errors.Invalid(row.Number, C.Tags, value);
            return null;
        }

        return tags;
    }

    private static decimal? Price(ProductCsvRow row, string column, ProductImportErrorList errors)
    {
        if (row[column] is not { } value)
            return null;
        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var price)
            || price > MaxPrice || price.Scale > ProductVariantConsts.MoneyScale && price != Math.Round(price, ProductVariantConsts.MoneyScale))
        {
            errors.Invalid(row.Number, column, value);
            return null;
        }

        if (price < 0)
        {
            errors.Add(row.Number, column, CommerceErrorCodes.Catalog.InvalidPrice);
            return null;
        }

        return price;
    }

    private static int? Number(ProductCsvRow row, string column, int max, ProductImportErrorList errors)
    {
        if (row[column] is not { } value)
            return null;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > max)
        {
            errors.Invalid(row.Number, column, value);
            return null;
        }

        return number;
    }
}
