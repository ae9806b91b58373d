namespace Commerce.Policies;

public enum PolicyValueType
{
    /// <summary>A whole number, zero or more.</summary>
    Number,

    /// <summary>Some of the definition's allowed values, comma-separated.</summary>
    List,
}
