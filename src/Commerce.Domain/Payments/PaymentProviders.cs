using System.Collections.Frozen;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments;

/// <summary>The registered providers by name.</summary>
public sealed class PaymentProviders(IEnumerable<IPaymentProvider> providers)
{
    private readonly FrozenDictionary<string, IPaymentProvider> byName = providers.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);

    public IPaymentProvider Get(string name) =>
        byName.GetValueOrDefault(name)
        ?? throw new BusinessException(CommerceErrorCodes.Stores.UnknownPaymentProvider, BusinessErrorKind.Invalid).WithData("provider", name);

    /// <summary>The provider a method uses.</summary>
    public IPaymentProvider For(PaymentMethod method) => Get(method.Provider);
}
