using Commerce.Guids;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;

namespace Commerce.Payments;

/// <summary>Opens payments on a store's enabled methods.</summary>
public sealed class PaymentManager(IPaymentMethodRepository methods, IGuidGenerator guids)
{
    /// <summary>A pending payment for the order, unsaved; a method of another store, or a disabled one, is not found.</summary>
    public async Task<Payment> CreateAsync(Guid storeId, Guid paymentMethodId, Guid orderId, decimal amount, string currency, CancellationToken ct)
    {
        var method = await methods.GetAsync(paymentMethodId, ct);
        if (method.StoreId != storeId || !method.IsEnabled)
            throw new EntityNotFoundException(typeof(PaymentMethod), paymentMethodId);
        if (amount <= 0m || decimal.Round(amount, PaymentConsts.MoneyScale) != amount)
            throw new BusinessException(CommerceErrorCodes.Payments.InvalidAmount, BusinessErrorKind.Invalid).WithData("amount", amount);
        if (!CurrencyCodes.IsKnown(currency))
            throw new BusinessException(CommerceErrorCodes.Stores.InvalidCurrency, BusinessErrorKind.Invalid).WithData("currency", currency);
        return new Payment(guids.Create(), method, orderId, amount, currency);
    }
}
