using Commerce.Domain.Repositories;
using Commerce.Permissions;
using Commerce.Policies;

namespace Commerce.Stores.PaymentMethods;

/// <summary>A store's payment methods. Reading needs the stores permission; changing them, the payments one.</summary>
public sealed class PaymentMethodAppService(
    IPermissionChecker permissions, IStoreRepository stores, IPaymentMethodRepository methods, PaymentMethodManager manager,
    IPolicyChecker policies, IUnitOfWork unitOfWork)
    : IPaymentMethodAppService
{
    public async Task<IReadOnlyList<PaymentProviderDto>> GetProvidersAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Default, ct);
        var allowed = await policies.GetListAsync(CommercePolicies.AllowedPaymentMethods, ct);
        return [.. PaymentProviderDefinitions.All.Select(p => PaymentMethodMapper.ToDto(p, allowed.Contains(p.Name, StringComparer.Ordinal)))];
    }

    public async Task<IReadOnlyList<PaymentMethodDto>> GetListAsync(Guid storeId, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Default, ct);
        await stores.GetAsync(storeId, ct);
        return (await methods.GetListAsync(storeId, ct)).ConvertAll(ToDto);
    }

    public async Task<PaymentMethodDto> GetAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.Default, ct);
        return ToDto(await GetOfStoreAsync(storeId, id, ct));
    }

    public async Task<PaymentMethodDto> CreateAsync(Guid storeId, CreatePaymentMethodDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.ManagePayments, ct);
        var method = await manager.CreateAsync(storeId, input.Provider, input.DisplayName, ct);
        await ApplyAsync(method, input, ct);
        await methods.AddAsync(method, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(method);
    }

    public async Task<PaymentMethodDto> UpdateAsync(Guid storeId, Guid id, UpdatePaymentMethodDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.ManagePayments, ct);
        var method = await GetOfStoreAsync(storeId, id, ct);
        method.EnsureVersion(input.Version);
        await ApplyAsync(method, input, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(method);
    }

    public async Task DeleteAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Stores.ManagePayments, ct);
        methods.Remove(await GetOfStoreAsync(storeId, id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    private async Task ApplyAsync(PaymentMethod method, SavePaymentMethodDto input, CancellationToken ct)
    {
        method.Rename(input.DisplayName, input.Instructions);
        method.MoveTo(input.Position);
        manager.Configure(method, input.Settings);
        if (!input.IsEnabled)
            method.Disable();
        else if (!method.IsEnabled)
            await manager.EnableAsync(method, ct);
    }

    private async Task<PaymentMethod> GetOfStoreAsync(Guid storeId, Guid id, CancellationToken ct)
    {
        var method = await methods.GetAsync(id, ct);
        return method.StoreId == storeId ? method : throw new EntityNotFoundException(typeof(PaymentMethod), id);
    }

    private PaymentMethodDto ToDto(PaymentMethod method) => PaymentMethodMapper.ToDto(method, manager.ReadSecrets(method));
}
