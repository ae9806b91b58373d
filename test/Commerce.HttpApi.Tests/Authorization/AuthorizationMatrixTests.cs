using System.Net;
using Commerce.Identity;
using Commerce.MultiTenancy;
using Commerce.TestBase.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.HttpApi.Authorization;

/// <summary>
/// Every API endpoint, found from the routing table rather than listed by hand, against callers who may not use
/// it: nobody (401), and a signed-in user without permissions (403). A new endpoint joins the matrix by existing.
/// </summary>
public sealed class AuthorizationMatrixTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task Every_protected_endpoint_answers_401_without_a_token_and_403_to_a_user_without_permissions()
    {
        await Host.CreateUserAsync(DemoTenantDataSeedContributor.DemoSlug, "nobody@demo.test", "Nobody-Password-1", CommerceRoleNames.Staff);
        await Host.CreateUserAsync(null, "visitor@platform.test", "Visitor-Password-1", "visitor");
        using var anonymous = Host.CreateClient(accessToken: null);
        using var tenantUser = Host.CreateClient(await Host.SignInAsync(DemoTenantDataSeedContributor.DemoSlug, "nobody@demo.test", "Nobody-Password-1"));
        using var hostUser = Host.CreateClient(await Host.SignInAsync(null, "visitor@platform.test", "Visitor-Password-1"));

        var endpoints = ApiEndpoints(Host.Factory).ToList();
        endpoints.Count.ShouldBeGreaterThan(20);
        var wrong = new List<string>();
        foreach (var (method, route, hasBody) in endpoints)
        {
            var url = FillRoute(route);
            if ((await SendAsync(anonymous, method, url, hasBody)).StatusCode != HttpStatusCode.Unauthorized)
                wrong.Add($"{method} {route} anonymous");

            // Input is validated before the permission is checked, so only calls without a body can reach the check.
            if (hasBody)
                continue;
            foreach (var (name, client) in new[] { ("tenant staff", tenantUser), ("host user", hostUser) })
            {
                if ((await SendAsync(client, method, url, hasBody)).StatusCode != HttpStatusCode.Forbidden)
                    wrong.Add($"{method} {route} {name}");
            }
        }

        wrong.ShouldBeEmpty();
    }

    private static IEnumerable<(string Method, string Route, bool HasBody)> ApiEndpoints(CommerceWebApplicationFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is not null)
            .Select(e => (
                e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0],
                e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<ControllerActionDescriptor>()!.Parameters.Any(p => p.BindingInfo?.BindingSource?.Id == "Body")));

    private static string FillRoute(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", Guid.CreateVersion7().ToString());

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, bool hasBody)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), "/" + url);
        if (hasBody)
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        return client.SendAsync(request, Ct);
    }
}
