using Commerce.Data;
using Commerce.Domain.Repositories;

namespace Commerce.Features;

/// <summary>The three plans the platform starts with. An edition that exists already is left as the operator set it.</summary>
public sealed class EditionDataSeedContributor(IEditionRepository editions, EditionManager editionManager, IUnitOfWork unitOfWork)
    : IDataSeedContributor
{
    public const string Free = "Free";
    public const string Standard = "Standard";
    public const string Pro = "Pro";

    private static readonly (string Name, Dictionary<string, string> Values)[] Plans =
    [
        (Free, new()),
        (Standard, new()
        {
            [CommerceFeatures.Catalog.MaxProductCount] = "1000",
            [CommerceFeatures.Identity.MaxStaffCount] = "5",
            [CommerceFeatures.Stores.MaxStoreCount] = "2",
            [CommerceFeatures.Stores.MultiStore] = "true",
            [CommerceFeatures.Integrations.Enabled] = "true",
            [CommerceFeatures.Integrations.MaxIntegrationCount] = "2",
            [CommerceFeatures.Pos.Enabled] = "true",
        }),
        (Pro, new()
        {
            [CommerceFeatures.Catalog.MaxProductCount] = "100000",
            [CommerceFeatures.Identity.MaxStaffCount] = "50",
            [CommerceFeatures.Stores.MaxStoreCount] = "10",
            [CommerceFeatures.Stores.MultiStore] = "true",
            [CommerceFeatures.Integrations.Enabled] = "true",
            [CommerceFeatures.Integrations.MaxIntegrationCount] = "10",
            [CommerceFeatures.Promotions.Advanced] = "true",
            [CommerceFeatures.Loyalty.Enabled] = "true",
            [CommerceFeatures.Pos.Enabled] = "true",
            [CommerceFeatures.Analytics.Advanced] = "true",
        }),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken ct)
    {
        if (context.TenantId is not null)
            return;
        foreach (var (name, values) in Plans)
        {
            if (await editions.FindByNameAsync(name, ct) is not null)
                continue;
            var edition = await editionManager.CreateAsync(name, name, ct);
            foreach (var (feature, value) in values)
                edition.SetFeatureValue(CommerceFeatureDefinitions.Get(feature), value);
            await editions.AddAsync(edition, ct);
        }

        await unitOfWork.SaveChangesAsync(ct);
    }
}
