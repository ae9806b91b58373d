using Microsoft.EntityFrameworkCore.Metadata;

namespace Commerce.EntityFrameworkCore.Identity;

internal static class IdentityIndexes
{
    /// <summary>Drops Identity's platform-wide index on one column; the caller adds the per-tenant one.</summary>
    public static void ReplaceGlobalIndex(IMutableEntityType entity, string propertyName)
    {
        var index = entity.GetIndexes().SingleOrDefault(i => i.Properties is [{ } only] && only.Name == propertyName);
        if (index is not null)
            entity.RemoveIndex(index);
    }
}
