using Commerce.BlobStoring;
using Microsoft.Extensions.Options;

namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>Refuses, when the host starts, settings the chosen provider cannot work with.</summary>
internal sealed class BlobStoringOptionsValidator : IValidateOptions<BlobStoringOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobStoringOptions options)
    {
        var failures = options.Provider switch
        {
            BlobStoreProvider.FileSystem => ValidateFileSystem(options.FileSystem).ToList(),
            BlobStoreProvider.S3 => ValidateS3(options.S3).ToList(),
            _ => [$"BlobStoring:Provider '{options.Provider}' is not a provider."],
        };
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ValidateFileSystem(FileSystemBlobStoreOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.RootPath))
            yield return "BlobStoring:FileSystem:RootPath is required.";
    }

    private static IEnumerable<string> ValidateS3(S3BlobStoreOptions options)
    {
        if (!BlobName.IsValidContainer(options.Bucket))
            yield return "BlobStoring:S3:Bucket must be a bucket name: 3 to 63 lower-case letters, digits and hyphens.";
        if (string.IsNullOrWhiteSpace(options.ServiceUrl) && string.IsNullOrWhiteSpace(options.Region))
            yield return "BlobStoring:S3 needs a ServiceUrl (an S3-compatible server) or a Region (AWS).";
        if (!string.IsNullOrWhiteSpace(options.ServiceUrl)
            && !(Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
            yield return "BlobStoring:S3:ServiceUrl must be an absolute http or https address.";
        if (string.IsNullOrEmpty(options.AccessKey) != string.IsNullOrEmpty(options.SecretKey))
            yield return "BlobStoring:S3:AccessKey and SecretKey go together: give both, or neither to use the environment's credentials.";
        if (!string.IsNullOrEmpty(options.KeyPrefix) && !BlobName.IsValidPath(options.KeyPrefix.TrimEnd('/')))
            yield return "BlobStoring:S3:KeyPrefix must be a path of letters, digits, '.', '_' and '-' segments.";
    }
}
