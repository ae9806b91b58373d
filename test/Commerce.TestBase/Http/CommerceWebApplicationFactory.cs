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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", applicationConnectionString);
        builder.UseSetting("BackgroundJobs:IsServerEnabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("OpenIddict:Clients:Backoffice:RootUrls:0", CodeFlowSignIn.RedirectUri);

        // In memory every request comes from one (unknown) address, so the per-address sign-in limit would be shared.
        builder.UseSetting("RateLimiting:SignInPerMinute", "100000");
    }
}
