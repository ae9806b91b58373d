namespace Commerce.Policies;

/// <summary>The platform policies: bounds Center Control sets on what tenants may configure.</summary>
public static class CommercePolicies
{
    /// <summary>The payment providers tenants may enable (a list).</summary>
    public const string AllowedPaymentMethods = "Commerce.Policies.AllowedPaymentMethods";

    /// <summary>The shipping method types tenants may offer (a list).</summary>
    public const string AllowedShippingMethodTypes = "Commerce.Policies.AllowedShippingMethodTypes";

    /// <summary>How many days a deleted tenant's data is kept before it is purged.</summary>
    public const string DataRetentionDays = "Commerce.Policies.DataRetentionDays";
}
