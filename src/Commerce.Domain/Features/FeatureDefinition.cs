using System.Globalization;

namespace Commerce.Features;

/// <summary>A feature a plan can set: its name, how it reads, its type and the value when nothing sets it.</summary>
public sealed record FeatureDefinition(
    string Name, string DisplayName, string Group, FeatureValueType ValueType, string DefaultValue, IReadOnlyList<string>? AllowedValues = null)
{
    /// <summary>The value in its canonical form ("true", "42", an allowed value), or <see cref="CommerceErrorCodes.Features.InvalidFeatureValue"/>.</summary>
    public string Normalize(string value)
    {
        var trimmed = value.Trim();
        var normalized = ValueType switch
        {
            FeatureValueType.Toggle when bool.TryParse(trimmed, out var on) => on ? "true" : "false",
            FeatureValueType.Number when int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number.ToString(CultureInfo.InvariantCulture),
            FeatureValueType.Selection when AllowedValues?.Contains(trimmed, StringComparer.Ordinal) == true => trimmed,
            _ => null,
        };
        return normalized ?? throw new BusinessException(CommerceErrorCodes.Features.InvalidFeatureValue, BusinessErrorKind.Invalid)
            .WithData("feature", DisplayName).WithData("value", value);
    }
}
