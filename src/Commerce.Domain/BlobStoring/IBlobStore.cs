namespace Commerce.BlobStoring;

/// <summary>
/// Files kept outside the database (images, exports), by name. Every call acts for the current tenant: the store
/// keeps each tenant's blobs under a prefix of its own (<see cref="BlobName.ToKey"/>), chosen from
/// <see cref="MultiTenancy.ICurrentTenant"/> and never from the name.
/// </summary>
public interface IBlobStore
{
    /// <summary>Saves the content under the name, replacing a blob that is there already.</summary>
    Task SaveAsync(BlobName name, Stream content, CancellationToken ct);

    /// <summary>Opens the blob for reading, or null when there is none; the caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(BlobName name, CancellationToken ct);

    Task<bool> ExistsAsync(BlobName name, CancellationToken ct);

    /// <summary>Deletes the blob; deleting one that is not there is not an error.</summary>
    Task DeleteAsync(BlobName name, CancellationToken ct);

    /// <summary>
    /// Deletes every blob of the current tenant, in every container (<see cref="BlobName.TenantPrefix"/>), for the
    /// purge of a deleted tenant; a tenant with none is not an error. Throws without a current tenant, so it can never
    /// reach the host's blobs or every tenant's.
    /// </summary>
    Task DeleteAllAsync(CancellationToken ct);
}
