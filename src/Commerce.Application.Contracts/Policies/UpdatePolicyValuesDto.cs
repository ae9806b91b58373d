namespace Commerce.Policies;

public sealed record UpdatePolicyValuesDto
{
    /// <summary>Policy name to value; only the policies named change, and null clears the value at this scope.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();
}
