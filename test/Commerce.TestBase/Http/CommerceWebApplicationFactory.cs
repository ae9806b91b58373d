using Commerce.TestBase.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.TestBase.Http;

/// <summary>The whole host, in memory, on a test class's database.</summary>
public sealed class CommerceWebApplicationFactory(string applicationConnectionString) : WebApplicationFactory<Program>
{
    public CommerceWebApplicationFactory(TestDatabase database)
        : this(database.ApplicationConnectionString)
    {
    }

    /// <summary>The host's blobs: a directory of this factory's own, removed with it.</summary>
    public string BlobRootPath { get; } = Path.Combine(Path.GetTempPath(), "commerce-blobs-" + Guid.NewGuid().ToString("N"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(BlobRootPath))
            Directory.Delete(BlobRootPath, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", applicationConnectionString);
        builder.UseSetting("BackgroundJobs:IsServerEnabled", "false");
        builder.UseSetting("BlobStoring:FileSystem:RootPath", BlobRootPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("OpenIddict:Clients:Backoffice:RootUrls:0", CodeFlowSignIn.RedirectUri);

        // In memory every request comes from one (unknown) address, so the per-address sign-in limit would be shared.
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
    }
}
