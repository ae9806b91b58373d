using Commerce.BlobStoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.EntityFrameworkCore.BlobStoring;

public sealed class BlobStoringConfigurationTests
{
    [Fact]
    public void Without_settings_blobs_go_to_the_file_system()
    {
        using var services = Build([]);

        services.GetRequiredService<IBlobStore>().ShouldBeOfType<FileSystemBlobStore>();
    }

    [Fact]
    public void Provider_S3_with_its_settings_chooses_the_S3_store()
    {
        using var services = Build(new()
        {
            ["BlobStoring:Provider"] = "S3",
            ["BlobStoring:S3:ServiceUrl"] = "http://127.0.0.1:9000",
            ["BlobStoring:S3:Bucket"] = "commerce",
            ["BlobStoring:S3:AccessKey"] = "key",
            ["BlobStoring:S3:SecretKey"] = "secret",
            ["BlobStoring:S3:ForcePathStyle"] = "true",
        });

        services.GetRequiredService<IBlobStore>().ShouldBeOfType<S3BlobStore>();
    }

    [Theory]
    [InlineData("", "http://127.0.0.1:9000", null, "key", "secret", "Bucket")]
    [InlineData("commerce", null, null, null, null, "ServiceUrl")]
    [InlineData("commerce", "ftp://files.example.com", null, null, null, "ServiceUrl")]
    [InlineData("commerce", null, "eu-central-1", "key", null, "AccessKey")]
    [InlineData("Not_A_Bucket", null, "eu-central-1", null, null, "Bucket")]
    public void S3_settings_it_cannot_work_with_are_refused_naming_the_setting(
        string bucket, string? serviceUrl, string? region, string? accessKey, string? secretKey, string named)
    {
        var options = new BlobStoringOptions
        {
            Provider = BlobStoreProvider.S3,
            S3 = new S3BlobStoreOptions { Bucket = bucket, ServiceUrl = serviceUrl, Region = region, AccessKey = accessKey, SecretKey = secretKey },
        };

        var result = new BlobStoringOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain(named);
    }

    [Fact]
    public void A_file_system_store_without_a_root_is_refused_when_first_used()
    {
        using var services = Build(new() { ["BlobStoring:FileSystem:RootPath"] = " " });

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IBlobStore>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddCommerceDomain();
        services.AddCommerceBlobStoring();
        return services.BuildServiceProvider();
    }
}
