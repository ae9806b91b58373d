namespace Commerce.Inventory;

public interface IInventorySettingsAppService
{
    Task<InventorySettingsDto> GetAsync(CancellationToken ct);

    Task<InventorySettingsDto> UpdateAsync(InventorySettingsDto input, CancellationToken ct);
}
