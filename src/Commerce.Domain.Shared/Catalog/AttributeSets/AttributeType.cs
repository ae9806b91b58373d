namespace Commerce.Catalog.AttributeSets;

/// <summary>What an attribute's value is; the select types take their values from the attribute's options.</summary>
public enum AttributeType
{
    Text,
    Number,
    Boolean,
    SingleSelect,
    MultiSelect,
}
