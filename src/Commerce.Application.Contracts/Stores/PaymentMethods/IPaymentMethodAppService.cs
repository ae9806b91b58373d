namespace Commerce.Stores.PaymentMethods;

public interface IPaymentMethodAppService
{
    /// <summary>Every provider the platform knows, marked with whether this tenant may enable it.</summary>
    Task<IReadOnlyList<PaymentProviderDto>> GetProvidersAsync(CancellationToken ct);

    Task<IReadOnlyList<PaymentMethodDto>> GetListAsync(Guid storeId, CancellationToken ct);

    Task<PaymentMethodDto> GetAsync(Guid storeId, Guid id, CancellationToken ct);

    Task<PaymentMethodDto> CreateAsync(Guid storeId, CreatePaymentMethodDto input, CancellationToken ct);

    Task<PaymentMethodDto> UpdateAsync(Guid storeId, Guid id, UpdatePaymentMethodDto input, CancellationToken ct);

    Task DeleteAsync(Guid storeId, Guid id, CancellationToken ct);
}
