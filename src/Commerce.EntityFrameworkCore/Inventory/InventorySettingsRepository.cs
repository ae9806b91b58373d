using Commerce.EntityFrameworkCore.Repositories;
using Commerce.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Commerce.EntityFrameworkCore.Inventory;

internal sealed class InventorySettingsRepository(CommerceDbContext db) : EfRepository<InventorySettings>(db), IInventorySettingsRepository
{
    public Task<InventorySettings?> FindCurrentAsync(CancellationToken ct) => Set.FirstOrDefaultAsync(ct);
}
