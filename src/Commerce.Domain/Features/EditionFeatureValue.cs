namespace Commerce.Features;

/// <summary>The value an edition sets for one feature; only values that differ from the default are kept.</summary>
public sealed class EditionFeatureValue
{
    private EditionFeatureValue()
    {
        Name = string.Empty;
        Value = string.Empty;
    }

    internal EditionFeatureValue(string name, string value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; private set; }

    public string Value { get; internal set; }
}
