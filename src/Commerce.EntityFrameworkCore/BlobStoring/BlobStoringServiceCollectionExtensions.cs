using Commerce.BlobStoring;
using Commerce.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commerce.EntityFrameworkCore.BlobStoring;

internal static class BlobStoringServiceCollectionExtensions
{
    /// <summary>The blob store that BlobStoring:Provider names, its settings checked when the host starts.</summary>
    public static IServiceCollection AddCommerceBlobStoring(this IServiceCollection services)
    {
        services.AddOptions<BlobStoringOptions>().BindConfiguration(BlobStoringOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BlobStoringOptions>, BlobStoringOptionsValidator>();
        services.AddSingleton(Create);
        return services;
    }

    private static IBlobStore Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BlobStoringOptions>>().Value;
        var currentTenant = services.GetRequiredService<ICurrentTenant>();
        if (options.Provider == BlobStoreProvider.S3)
            return new S3BlobStore(S3BlobStore.CreateClient(options.S3), options.S3, currentTenant);

        // Relative to the content root (the repository when run.sh starts the host), as the default .data/blobs is.
        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
        return new FileSystemBlobStore(Path.Combine(contentRoot, options.FileSystem.RootPath), currentTenant);
    }
}
