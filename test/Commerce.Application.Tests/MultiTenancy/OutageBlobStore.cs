using Commerce.BlobStoring;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.MultiTenancy;

/// <summary>
/// The application's own blob store, except that while <see cref="DeleteAllFails"/> is set, deleting all of a
/// tenant's blobs fails as an unreachable disk or bucket would.
/// </summary>
internal sealed class OutageBlobStore(IBlobStore store) : IBlobStore
{
    public bool DeleteAllFails { get; set; }

    /// <summary>Puts this store in front of the one the services registered.</summary>
    public static void Register(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IBlobStore));
        services.AddSingleton(sp => new OutageBlobStore((IBlobStore)registered.ImplementationFactory!(sp)));
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<OutageBlobStore>());
    }

    public Task SaveAsync(BlobName name, Stream content, CancellationToken ct) => store.SaveAsync(name, content, ct);

    public Task<Stream?> OpenReadAsync(BlobName name, CancellationToken ct) => store.OpenReadAsync(name, ct);

    public Task<bool> ExistsAsync(BlobName name, CancellationToken ct) => store.ExistsAsync(name, ct);

    public Task DeleteAsync(BlobName name, CancellationToken ct) => store.DeleteAsync(name, ct);

    public Task DeleteAllAsync(CancellationToken ct) =>
        DeleteAllFails ? throw new IOException("The blob store cannot be reached.") : store.DeleteAllAsync(ct);
}
