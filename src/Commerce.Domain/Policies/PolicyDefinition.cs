using System.Globalization;

namespace Commerce.Policies;

public sealed record PolicyDefinition(string Name, string DisplayName, PolicyValueType ValueType, string DefaultValue, IReadOnlyList<string>? AllowedValues = null)
{
    /// <summary>The canonical form: a number without leading zeros, or the allowed values named, in definition order.</summary>
    public string Normalize(string value)
    {
        if (ValueType == PolicyValueType.Number)
        {
            return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(CultureInfo.InvariantCulture)
                : throw Invalid(value);
        }

        var items = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Any(i => AllowedValues?.Contains(i, StringComparer.Ordinal) != true))
            throw Invalid(value);
        return string.Join(',', AllowedValues!.Where(items.Contains));
    }

    private BusinessException Invalid(string value) =>
        new BusinessException(CommerceErrorCodes.Policies.InvalidPolicyValue, BusinessErrorKind.Invalid).WithData("policy", DisplayName).WithData("value", value);
}
