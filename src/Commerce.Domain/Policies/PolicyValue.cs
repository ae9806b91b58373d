using Commerce.Domain.Entities;

namespace Commerce.Policies;

/// <summary>
/// One policy's value at one scope: the platform, an edition or a tenant. Platform governance data, kept on the
/// host side; a tenant reads the values that apply to it through <see cref="IPolicyChecker"/> only.
/// </summary>
public sealed class PolicyValue : AggregateRoot
{
    private PolicyValue()
    {
        Name = string.Empty;
        Value = string.Empty;
    }

    public PolicyValue(Guid id, PolicyScope scope, Guid? scopeId, string name, string value)
        : base(id)
    {
        Scope = scope;
        ScopeId = scopeId;
        Name = name;
        Value = value;
    }

    public PolicyScope Scope { get; private set; }

    /// <summary>The edition's or tenant's id; null for the platform.</summary>
    public Guid? ScopeId { get; private set; }

    public string Name { get; private set; }

    public string Value { get; private set; }

    public void ChangeValue(string value) => Value = value;
}
