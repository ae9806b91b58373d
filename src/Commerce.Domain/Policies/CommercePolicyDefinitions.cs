using System.Collections.Frozen;

namespace Commerce.Policies;

public static class CommercePolicyDefinitions
{
    public static IReadOnlyList<PolicyDefinition> All { get; } =
    [
        new(CommercePolicies.AllowedPaymentMethods, "Payment methods", PolicyValueType.List, "manual,test-gateway,stripe", ["manual", "test-gateway", "stripe"]),
        new(CommercePolicies.AllowedShippingMethodTypes, "Shipping method types", PolicyValueType.List,
            "flat-rate,weight-based,free-above,local-pickup", ["flat-rate", "weight-based", "free-above", "local-pickup"]),
        new(CommercePolicies.DataRetentionDays, "Data retention after deletion (days)", PolicyValueType.Number, "30"),
    ];

    private static readonly FrozenDictionary<string, PolicyDefinition> ByName = All.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    public static PolicyDefinition Get(string name) =>
        ByName.GetValueOrDefault(name)
        ?? throw new BusinessException(CommerceErrorCodes.Policies.UnknownPolicy, BusinessErrorKind.Invalid).WithData("policy", name);
}
