using Commerce.Domain.Repositories;

namespace Commerce.Inventory;

public interface IInventorySettingsRepository : IRepository<InventorySettings>
{
    /// <summary>The tenant's settings row, tracked, or null while the defaults apply.</summary>
    Task<InventorySettings?> FindCurrentAsync(CancellationToken ct);
}
