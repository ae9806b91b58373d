using Commerce.EntityFrameworkCore.MultiTenancy;

namespace Commerce.EntityFrameworkCore.Schema;

/// <summary>
/// The row-level security of a tenant-owned table. A row is visible and writable only when its tenant_id equals
/// the session's tenant setting; an empty setting (the host) sees no tenant rows. The one exception is a read
/// inside <see cref="CrossTenantReader"/>'s transaction, which sets the cross-tenant flag for that transaction only.
/// </summary>
internal static class RowLevelSecurity
{
    public const string CrossTenantSettingName = "commerce.cross_tenant";

    /// <summary>Tables in these schemas carry tenant_id as data for the platform's own machinery, not as ownership.</summary>
    public static readonly IReadOnlySet<string> InfrastructureSchemas = new HashSet<string>(StringComparer.Ordinal) { "kernel", "hangfire" };

    private const string CurrentTenant = $"nullif(current_setting('{TenantSessionInterceptor.SettingName}', true), '')::uuid";

    private const string CrossTenantRead = $"coalesce(current_setting('{CrossTenantSettingName}', true), '') = 'on'";

    public static IEnumerable<string> EnableFor(string? schema, string table, bool tenantIsOptional)
    {
        var name = schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}";
        var owned = tenantIsOptional ? $"tenant_id IS NOT DISTINCT FROM {CurrentTenant}" : $"tenant_id = {CurrentTenant}";
        yield return $"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY";
        yield return $"ALTER TABLE {name} FORCE ROW LEVEL SECURITY";
        yield return $"CREATE POLICY tenant_isolation ON {name} USING ({owned}) WITH CHECK ({owned})";
        yield return $"CREATE POLICY cross_tenant_read ON {name} FOR SELECT USING ({CrossTenantRead})";
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
