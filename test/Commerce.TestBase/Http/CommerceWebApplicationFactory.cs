using Commerce.TestBase.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Commerce.TestBase.Http;

/// <summary>
/// The whole host on a test class's database. Over loopback it listens on a real loopback
/// socket (Kestrel), as a caller on this machine would reach it; otherwise it runs in memory, where a request has no
/// address and so counts as remote.
/// </summary>
public sealed class CommerceWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string connectionString;

    public CommerceWebApplicationFactory(TestDatabase database, bool overLoopback = true)
        : this(database.ApplicationConnectionString, overLoopback)
    {
    }

    public CommerceWebApplicationFactory(string applicationConnectionString, bool overLoopback = true)
    {
        connectionString = applicationConnectionString;
        if (overLoopback)
            UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("BackgroundJobs:IsServerEnabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
