using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Catalog.AttributeSets;

/// <summary>A product template: the ordered attributes a product of the set fills in.</summary>
public sealed class AttributeSet : FullAuditedAggregateRoot, IMultiTenant
{
    private IReadOnlyList<AttributeDefinition> attributes = [];

    private AttributeSet()
    {
        Name = string.Empty;
    }

    internal AttributeSet(Guid id, string name, IEnumerable<AttributeDefinition> attributes)
        : base(id)
    {
        Name = name;
        SetAttributes(attributes);
    }

    public Guid TenantId { get; private set; }

    /// <summary>Unique in the tenant; <see cref="AttributeSetManager"/> changes it.</summary>
    public string Name { get; private set; }

    public IReadOnlyList<AttributeDefinition> Attributes => attributes;

    /// <summary>Replaces the attributes, in the given order; codes are unique within the set.</summary>
    public void SetAttributes(IEnumerable<AttributeDefinition> definitions)
    {
        var list = definitions.ToList();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(list.Count, AttributeSetConsts.MaxAttributeCount, nameof(definitions));
        var duplicate = list.GroupBy(a => a.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new BusinessException(CommerceErrorCodes.Catalog.DuplicateAttributeCode, BusinessErrorKind.Invalid).WithData("code", duplicate.Key);
        attributes = list;
    }

    /// <summary>
    /// Checks a product's values against the set: each names an attribute of the set once, has the attribute's
    /// type and options, and every required attribute has one. Returns them normalized, in the set's order.
    /// </summary>
    public IReadOnlyList<AttributeValue> Validate(IEnumerable<AttributeValue> values)
    {
        var byCode = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var definition = attributes.FirstOrDefault(a => a.Code == value.Code)
                ?? throw new BusinessException(CommerceErrorCodes.Catalog.UnknownAttribute, BusinessErrorKind.Invalid).WithData("code", value.Code);
            if (!byCode.TryAdd(definition.Code, definition.Normalize(value)))
                throw new BusinessException(CommerceErrorCodes.Catalog.InvalidAttributeValue, BusinessErrorKind.Invalid).WithData("code", value.Code);
        }

        var missing = attributes.FirstOrDefault(a => a.IsRequired && !byCode.ContainsKey(a.Code));
        if (missing is not null)
            throw new BusinessException(CommerceErrorCodes.Catalog.MissingRequiredAttribute, BusinessErrorKind.Invalid).WithData("code", missing.Code);
        return attributes.Where(a => byCode.ContainsKey(a.Code)).Select(a => byCode[a.Code]).ToList();
    }

    internal void Rename(string name) => Name = name;
}
