using Commerce.Domain.Repositories;
using Commerce.Permissions;

namespace Commerce.Inventory;

public sealed class InventorySettingsAppService(
    IPermissionChecker permissions, IInventorySettingsRepository settings, IStockItemRepository items, InventoryManager manager, IUnitOfWork unitOfWork)
    : IInventorySettingsAppService
{
    public async Task<InventorySettingsDto> GetAsync(CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.Default, ct);
        var current = await settings.FindCurrentAsync(ct);
        return current is null
            ? new InventorySettingsDto { DefaultLowStockThreshold = InventoryConsts.DefaultLowStockThreshold, LowStockAlertsEnabled = true }
            : ToDto(current);
    }

    public async Task<InventorySettingsDto> UpdateAsync(InventorySettingsDto input, CancellationToken ct)
    {
        await permissions.CheckAsync(CommercePermissions.Inventory.ManageSettings, ct);
        var current = await settings.FindCurrentAsync(ct);
        if (current is null)
        {
            current = manager.NewSettings();
            await settings.AddAsync(current, ct);
        }

        current.Change(input.DefaultLowStockThreshold, input.LowStockAlertsEnabled);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        await unitOfWork.SaveChangesAsync(ct);
        await items.ApplyDefaultThresholdAsync(current.DefaultLowStockThreshold, ct);
        await transaction.CommitAsync(ct);
        return ToDto(current);
    }

    private static InventorySettingsDto ToDto(InventorySettings value) =>
        new() { DefaultLowStockThreshold = value.DefaultLowStockThreshold, LowStockAlertsEnabled = value.LowStockAlertsEnabled };
}
