namespace Commerce.Permissions;

public static class OrderingPermissionDefinitions
{
    private const string Group = "Ordering";

    public static IReadOnlyList<PermissionDefinition> All { get; } =
    [
        new(CommercePermissions.Ordering.Orders.Default, "See orders", Group, PermissionSide.Tenant),
        new(CommercePermissions.Ordering.Orders.Manage, "Add notes, capture payments and cancel orders", Group, PermissionSide.Tenant),
        new(CommercePermissions.Ordering.Orders.Fulfil, "Ship and complete orders", Group, PermissionSide.Tenant),
        new(CommercePermissions.Ordering.Orders.Refund, "Refund orders", Group, PermissionSide.Tenant),
    ];
}
