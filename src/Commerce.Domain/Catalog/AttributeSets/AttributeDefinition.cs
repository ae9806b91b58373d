using System.Text.RegularExpressions;

namespace Commerce.Catalog.AttributeSets;

/// <summary>One attribute of a set: what a product of the set fills in, and how its value is checked.</summary>
public sealed partial class AttributeDefinition
{
    public AttributeDefinition(string code, string label, AttributeType type, bool isRequired, IReadOnlyList<string>? options)
    {
        code = (code ?? string.Empty).Trim();
        if (code.Length is 0 or > AttributeSetConsts.CodeMaxLength || !CodeRegex().IsMatch(code))
            throw new BusinessException(CommerceErrorCodes.Catalog.InvalidAttributeCode, BusinessErrorKind.Invalid).WithData("code", code);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(label.Trim().Length, AttributeSetConsts.LabelMaxLength, nameof(label));
        Code = code;
        Label = label.Trim();
        Type = type;
        IsRequired = isRequired;
        Options = CheckOptions(code, type, options ?? []);
    }

    /// <summary>Unique within the set; the key of the value a product stores.</summary>
    public string Code { get; }

    public string Label { get; }

    public AttributeType Type { get; }

    public bool IsRequired { get; }

    /// <summary>The choices of a select attribute, in display order; empty for the other types.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>The value in its stored form, or <see cref="CommerceErrorCodes.Catalog.InvalidAttributeValue"/> (400).</summary>
    public AttributeValue Normalize(AttributeValue value)
    {
        var normalized = Type switch
        {
            AttributeType.Text when value is { Text: { } text, Number: null, Boolean: null, Options: null or [] }
                                    && text.Trim().Length is > 0 and <= AttributeSetConsts.TextValueMaxLength
                => new AttributeValue(Code, Text: text.Trim()),
            AttributeType.Number when value is { Number: { } number, Text: null, Boolean: null, Options: null or [] }
                => new AttributeValue(Code, Number: number),
            AttributeType.Boolean when value is { Boolean: { } flag, Text: null, Number: null, Options: null or [] }
                => new AttributeValue(Code, Boolean: flag),
            AttributeType.SingleSelect when value is { Options: [var one], Text: null, Number: null, Boolean: null } && FindOption(one) is { } option
                => new AttributeValue(Code, Options: [option]),
            AttributeType.MultiSelect when value is { Options.Count: > 0, Text: null, Number: null, Boolean: null } && SelectAll(value.Options) is { } chosen
                => new AttributeValue(Code, Options: chosen),
            _ => null,
        };
        return normalized ?? throw new BusinessException(CommerceErrorCodes.Catalog.InvalidAttributeValue, BusinessErrorKind.Invalid)
            .WithData("code", Code);
    }

    private string? FindOption(string candidate) =>
        Options.FirstOrDefault(o => string.Equals(o, candidate.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The chosen options in the attribute's order, or null when one is not an option or is chosen twice.</summary>
    private List<string>? SelectAll(IReadOnlyList<string> candidates)
    {
        var chosen = candidates.Select(FindOption).ToList();
        if (chosen.Any(o => o is null) || chosen.Distinct(StringComparer.Ordinal).Count() != chosen.Count)
            return null;
        return Options.Where(chosen.Contains).ToList();
    }

    private static List<string> CheckOptions(string code, AttributeType type, IReadOnlyList<string> options)
    {
        var trimmed = options.Select(o => (o ?? string.Empty).Trim()).ToList();
        var select = type is AttributeType.SingleSelect or AttributeType.MultiSelect;
        var valid = select
            ? trimmed.Count is > 0 and <= AttributeSetConsts.MaxOptionCount
              && trimmed.All(o => o.Length is > 0 and <= AttributeSetConsts.OptionMaxLength)
              && trimmed.Distinct(StringComparer.OrdinalIgnoreCase).Count() == trimmed.Count
            : trimmed.Count == 0;
        return valid
            ? trimmed
            : throw new BusinessException(CommerceErrorCodes.Catalog.InvalidAttributeOptions, BusinessErrorKind.Invalid).WithData("code", code);
    }

    [GeneratedRegex(AttributeSetConsts.CodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();
}
