using Commerce.HttpApi.Host.MultiTenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.HttpApi.MultiTenancy;

public sealed class DomainTenantResolveContributorTests
{
    [Theory]
    [InlineData("acme.localhost", "{0}.localhost", "acme")]
    [InlineData("ACME.shop.example.com", "{0}.shop.example.com", "acme")]
    [InlineData("localhost", "{0}.localhost", null)]
    [InlineData("a.b.localhost", "{0}.localhost", null)]
    [InlineData("acme.example.org", "{0}.localhost", null)]
    [InlineData("acme.localhost", "", null)]
    public void The_host_names_the_tenant_only_in_the_configured_form(string host, string format, string? expected)
    {
        var contributor = new DomainTenantResolveContributor(Options.Create(new TenantResolutionOptions { DomainFormat = format }));
        var context = new DefaultHttpContext { Request = { Host = new HostString(host, 5000) } };

        contributor.Resolve(context).ShouldBe(expected);
    }
}
