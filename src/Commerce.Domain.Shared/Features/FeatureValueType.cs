namespace Commerce.Features;

public enum FeatureValueType
{
    /// <summary>On or off: "true" or "false".</summary>
    Toggle,

    /// <summary>A whole number, such as a limit.</summary>
    Number,

    /// <summary>One of the definition's allowed values.</summary>
    Selection,
}
