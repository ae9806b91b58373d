using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Features;

/// <summary>A value the platform set for one tenant, over its edition's: a deal, a trial, a restriction.</summary>
public sealed class TenantFeatureOverride : AggregateRoot, IMultiTenant
{
    private TenantFeatureOverride()
    {
        Name = string.Empty;
        Value = string.Empty;
    }

    internal TenantFeatureOverride(Guid id, string name, string value)
        : base(id)
    {
        Name = name;
        Value = value;
    }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; }

    public string Value { get; private set; }

    internal void ChangeValue(string value) => Value = value;
}
