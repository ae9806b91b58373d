using Commerce.Domain.Entities;
using Commerce.MultiTenancy;

namespace Commerce.Stores.PaymentMethods;

/// <summary>
/// A payment provider enabled on a store, with its configuration. Public settings are plain; secret ones (API keys,
/// webhook secrets) arrive already encrypted and are never read back to the backoffice.
/// </summary>
public sealed class PaymentMethod : FullAuditedAggregateRoot, IMultiTenant
{
    private PaymentMethod()
    {
        Provider = DisplayName = string.Empty;
        Settings = [];
    }

    internal PaymentMethod(Guid id, Guid storeId, string provider, string displayName)
        : this()
    {
        Id = id;
        StoreId = storeId;
        Provider = provider;
        Rename(displayName, null);
        IsEnabled = true;
    }

    public Guid TenantId { get; private set; }

    public Guid StoreId { get; private set; }

    /// <summary>The provider's name as the platform policy lists it: "manual", "test-gateway", "stripe".</summary>
    public string Provider { get; private set; }

    /// <summary>What the customer sees at checkout ("Bank transfer", "Card").</summary>
    public string DisplayName { get; private set; }

    /// <summary>Shown to the customer after the order (bank details, cash on delivery terms).</summary>
    public string? Instructions { get; private set; }

    public bool IsEnabled { get; private set; }

    public int Position { get; private set; }

    /// <summary>The provider's public settings by name.</summary>
    public Dictionary<string, string> Settings { get; private set; }

    /// <summary>The provider's secret settings as one encrypted document, or null.</summary>
    public string? ProtectedSecrets { get; private set; }

    public void Rename(string displayName, string? instructions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(displayName.Trim().Length, PaymentMethodConsts.DisplayNameMaxLength, nameof(displayName));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(instructions?.Trim().Length ?? 0, PaymentMethodConsts.InstructionsMaxLength, nameof(instructions));
        DisplayName = displayName.Trim();
        Instructions = string.IsNullOrWhiteSpace(instructions) ? null : instructions.Trim();
    }

    public void MoveTo(int position) => Position = position;

    public void Disable() => IsEnabled = false;

    internal void Enable() => IsEnabled = true;

    internal void Configure(Dictionary<string, string> settings, string? protectedSecrets)
    {
        Settings = settings;
        ProtectedSecrets = protectedSecrets;
    }
}
