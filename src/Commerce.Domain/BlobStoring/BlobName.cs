using System.Text.RegularExpressions;

namespace Commerce.BlobStoring;

/// <summary>
/// A blob's name: a container ("product-images") and a path inside it ("0192…/original"). Both are checked against
/// a narrow alphabet, so a name can never climb out of its container: no "." or ".." segment, no leading slash, no
/// backslash, no drive. The store puts the current tenant's prefix in front itself, so no name can reach another
/// tenant's blobs. Names are made by code, never taken from a client: a bad one is a programmer error.
/// </summary>
public sealed partial record BlobName
{
    public BlobName(string container, string path)
    {
        if (!IsValidContainer(container))
            throw new ArgumentException($"'{container}' is not a valid blob container name.", nameof(container));
        if (!IsValidPath(path))
            throw new ArgumentException($"'{path}' is not a valid blob path.", nameof(path));
        Container = container;
        Path = path;
    }

    public string Container { get; }

    public string Path { get; }

    /// <summary>
    /// Where a store keeps the blob: "tenants/{tenant id}/{container}/{path}" for a tenant's, "host/{container}/{path}"
    /// for the platform's own.
    /// </summary>
    public string ToKey(Guid? tenantId) =>
        tenantId is { } id ? $"{TenantPrefix(id)}{Container}/{Path}" : $"host/{Container}/{Path}";

    /// <summary>The start of every key of the tenant's blobs, "tenants/{tenant id}/".</summary>
    public static string TenantPrefix(Guid tenantId) => $"tenants/{tenantId:D}/";

    public override string ToString() => $"{Container}/{Path}";

    public static bool IsValidContainer(string? container) =>
        container is { Length: >= 3 and <= BlobNameConsts.ContainerMaxLength } && ContainerPattern().IsMatch(container);

    /// <summary>Segments of letters, digits, '.', '_' and '-' joined by '/', none starting with a dot.</summary>
    public static bool IsValidPath(string? path) =>
        path is { Length: > 0 and <= BlobNameConsts.PathMaxLength } && PathPattern().IsMatch(path);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*[a-z0-9]$")]
    private static partial Regex ContainerPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$")]
    private static partial Regex PathPattern();
}
