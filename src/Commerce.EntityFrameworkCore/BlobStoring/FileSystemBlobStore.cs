using Commerce.BlobStoring;
using Commerce.MultiTenancy;

namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>
/// Blobs as files under one root directory, at their key (<see cref="BlobName.ToKey"/>). A save writes a temporary
/// file beside the target and moves it over, so a reader never sees half a blob and a second save replaces the first.
/// </summary>
internal sealed class FileSystemBlobStore(string rootPath, ICurrentTenant currentTenant) : IBlobStore
{
    private const int BufferSize = 81920;

    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootPath)) + Path.DirectorySeparatorChar;

    public async Task SaveAsync(BlobName name, Stream content, CancellationToken ct)
    {
        var path = PathOf(name);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);

        // A leading dot is never part of a blob name, so the temporary file cannot be mistaken for a blob.
        var temporary = Path.Combine(directory, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
                await content.CopyToAsync(file, ct);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(BlobName name, CancellationToken ct)
    {
        var path = PathOf(name);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(BlobName name, CancellationToken ct) => Task.FromResult(File.Exists(PathOf(name)));

    public Task DeleteAsync(BlobName name, CancellationToken ct)
    {
        var path = PathOf(name);
        if (File.Exists(path))
            File.Delete(path);
        return Task.CompletedTask;
    }

    /// <summary>Deletes the tenant's directory; what a failure leaves behind, a second call deletes.</summary>
    public Task DeleteAllAsync(CancellationToken ct)
    {
        var tenantId = currentTenant.Id
            ?? throw new InvalidOperationException("Deleting every blob needs a current tenant: the host's blobs, and every tenant's, are never deleted at once.");
        var directory = Path.Combine(root, BlobName.TenantPrefix(tenantId));
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The tenant never stored a blob, or an earlier purge deleted them all.
        }

        return Task.CompletedTask;
    }

    /// <summary>The file of a blob; the name's own checks already keep it inside the root, and this makes sure.</summary>
    private string PathOf(BlobName name)
    {
        var path = Path.GetFullPath(Path.Combine(root, name.ToKey(currentTenant.Id)));
        if (!path.StartsWith(root, StringComparison.Ordinal))
            throw new ArgumentException($"The blob name '{name}' leads outside the store's root.", nameof(name));
        return path;
    }
}
