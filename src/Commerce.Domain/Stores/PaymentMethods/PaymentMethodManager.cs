using System.Security.Cryptography;
using System.Text.Json;
using Commerce.Guids;
using Commerce.Policies;

namespace Commerce.Stores.PaymentMethods;

/// <summary>Enables providers on a store within the platform policy and keeps their settings complete and secrets sealed.</summary>
public sealed class PaymentMethodManager(
    IStoreRepository stores, IPaymentMethodRepository methods, IPolicyChecker policies, ISecretProtector protector, IGuidGenerator guids)
{
    public async Task<PaymentMethod> CreateAsync(Guid storeId, string provider, string displayName, CancellationToken ct)
    {
        await stores.GetAsync(storeId, ct);
        var definition = PaymentProviderDefinitions.Get(provider);
        await policies.EnsureAllowedAsync(CommercePolicies.AllowedPaymentMethods, definition.Name, ct);
        if (await methods.ExistsAsync(storeId, definition.Name, ct))
            throw new BusinessException(CommerceErrorCodes.Stores.DuplicatePaymentMethod).WithData("provider", definition.Name);
        return new PaymentMethod(guids.Create(), storeId, definition.Name, displayName);
    }

    public async Task EnableAsync(PaymentMethod method, CancellationToken ct)
    {
        await policies.EnsureAllowedAsync(CommercePolicies.AllowedPaymentMethods, method.Provider, ct);
        method.Enable();
    }

    /// <summary>
    /// Applies settings by name. A secret left out (or empty) keeps its stored value, so the backoffice can save a form
    /// without ever having read the secrets; every required setting must end up with a value.
    /// </summary>
    public void Configure(PaymentMethod method, IReadOnlyDictionary<string, string?> values)
    {
        var definition = PaymentProviderDefinitions.Get(method.Provider);
        var unknown = values.Keys.FirstOrDefault(k => definition.Settings.All(s => s.Name != k));
        if (unknown is not null)
            throw new BusinessException(CommerceErrorCodes.Stores.UnknownPaymentSetting, BusinessErrorKind.Invalid).WithData("setting", unknown);

        var secrets = new Dictionary<string, string>(ReadSecrets(method), StringComparer.Ordinal);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in definition.Settings)
        {
            var given = values.GetValueOrDefault(setting.Name)?.Trim();
            var target = setting.IsSecret ? secrets : settings;
            if (!string.IsNullOrEmpty(given))
            {
                if (given.Length > PaymentMethodConsts.SettingValueMaxLength)
                    throw new BusinessException(CommerceErrorCodes.Stores.InvalidPaymentSetting, BusinessErrorKind.Invalid).WithData("setting", setting.Name);
                target[setting.Name] = given;
            }
            else if (!setting.IsSecret)
            {
                settings.Remove(setting.Name);
            }

            if (setting.IsGenerated && !target.ContainsKey(setting.Name))
                target[setting.Name] = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

            if (setting.IsRequired && !target.ContainsKey(setting.Name))
                throw new BusinessException(CommerceErrorCodes.Stores.PaymentSettingRequired, BusinessErrorKind.Invalid).WithData("setting", setting.Name);
        }

        method.Configure(settings, secrets.Count == 0 ? null : protector.Protect(JsonSerializer.Serialize(secrets)));
    }

    /// <summary>The decrypted secrets, for the payment provider at checkout only.</summary>
    public IReadOnlyDictionary<string, string> ReadSecrets(PaymentMethod method) =>
        method.ProtectedSecrets is null
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(method.ProtectedSecrets))!;
}
