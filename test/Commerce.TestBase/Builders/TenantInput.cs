using Commerce.MultiTenancy;

namespace Commerce.TestBase.Builders;

/// <summary>A valid new tenant with a unique slug and owner, so tests sharing a database never collide.</summary>
public static class TenantInput
{
    public const string OwnerPassword = "Owner-Password-1";

    public static CreateTenantDto Create(string name = "Acme Outdoor", Guid? editionId = null, string? slug = null)
    {
        slug ??= $"t-{Guid.NewGuid():N}"[..30];
        return new CreateTenantDto
        {
            Name = name,
            Slug = slug,
            EditionId = editionId,
            OwnerEmail = $"owner@{slug}.test",
            OwnerPassword = OwnerPassword,
            OwnerName = "Olivia Owner",
        };
    }
}
