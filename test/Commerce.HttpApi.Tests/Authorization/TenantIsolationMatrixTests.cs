using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commerce.Catalog.AttributeSets;
using Commerce.Catalog.Categories;
using Commerce.Catalog.ProductImages;
using Commerce.Catalog.Products;
using Commerce.Catalog.ProductTransfers;
using Commerce.Identity;
using Commerce.Inventory;
using Commerce.Ordering;
using Commerce.Stores;
using Commerce.Stores.PaymentMethods;
using Commerce.Stores.ShippingMethods;
using Commerce.TestBase.Builders;
using Commerce.TestBase.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.HttpApi.Authorization;

/// <summary>
/// Every tenant-side endpoint that names a resource, called by tenant B's owner with tenant A's ids: the answer is
/// 404, never A's data and never a change to it. Endpoints are found from the routing table; one that names a
/// resource this matrix cannot fill fails the test, so a new endpoint joins by being given its ids here.
/// </summary>
public sealed partial class TenantIsolationMatrixTests(TestHost host) : HttpTestBase(host)
{
    [Fact]
    public async Task Tenant_B_gets_404_for_every_endpoint_called_with_tenant_A_s_ids()
    {
        using var ownerA = await OwnerOfNewTenantAsync();
        using var ownerB = await OwnerOfNewTenantAsync();
        var ids = await ArrangeTenantAAsync(ownerA);

        var unmapped = new List<string>();
        var leaked = new List<string>();
        var endpoints = TenantEndpointsWithIds(Host.Factory).ToList();
        endpoints.Count.ShouldBeGreaterThan(45);
        foreach (var endpoint in endpoints)
        {
            var controller = endpoint.Controller;
            if (!ids.TryGetValue(controller, out var values) || endpoint.Parameters.Any(p => !values.ContainsKey(p)))
            {
                unmapped.Add($"{endpoint.Method} {endpoint.Route} ({controller})");
                continue;
            }

            var url = "/" + RouteParameter().Replace(endpoint.Route, m => values[m.Groups[1].Value].ToString());
            var before = await ReadBackAsync(ownerA, url, endpoint);
            var request = IsImageUpload(endpoint)
                ? new HttpRequestMessage(HttpMethod.Post, url) { Content = ImageForm() }
                : Request(endpoint.Method, url, endpoint.HasBody ? BodyFor(endpoint) ?? before : null);
            var response = await ownerB.SendAsync(request, Ct);
            if (response.StatusCode != HttpStatusCode.NotFound)
                leaked.Add($"{endpoint.Method} {endpoint.Route}: {(int)response.StatusCode}");
            (await ReadBackAsync(ownerA, url, endpoint)).ShouldBe(before, $"{endpoint.Method} {endpoint.Route} changed A's data");
        }

        unmapped.ShouldBeEmpty();
        leaked.ShouldBeEmpty();
    }

    /// <summary>Tenant A's resources, by controller and route parameter name.</summary>
    private static async Task<Dictionary<string, Dictionary<string, Guid>>> ArrangeTenantAAsync(HttpClient owner)
    {
        var store = await PostAsync<StoreDto>(owner, "/api/stores", StoreInput.Create());
        var shipping = await PostAsync<ShippingMethodDto>(owner, $"/api/stores/{store.Id}/shipping-methods",
            new CreateShippingMethodDto { Type = ShippingMethodType.FlatRate, Name = "Standard", Price = 5m });
        var payment = await PostAsync<PaymentMethodDto>(owner, $"/api/stores/{store.Id}/payment-methods",
            new CreatePaymentMethodDto { Provider = "manual", DisplayName = "Bank transfer" });
        var attributeSet = await PostAsync<AttributeSetDto>(owner, "/api/catalog/attribute-sets", new CreateAttributeSetDto { Name = "Apparel" });
        var category = await PostAsync<CategoryDto>(owner, "/api/catalog/categories", new CreateCategoryDto { Name = "Shirts" });
        var product = await PostAsync<ProductDto>(owner, "/api/catalog/products", ProductInput.WithColors("Red", "Blue"));
        var variantId = product.Variants[0].Id;
        var image = await UploadAsync(owner, $"/api/catalog/products/{product.Id}/images");
        var import = await ImportAsync(owner);
        await PostAsync<StockItemDto>(owner, $"/api/inventory/stock/{variantId}/changes", new ChangeStockDto { Quantity = 3, Reason = StockMovementReason.Received });
        var member = await PostAsync<UserDto>(owner, "/api/identity/users", new InviteUserDto { Email = "member@isolation.test" });
        var role = await PostAsync<RoleDto>(owner, "/api/identity/roles", new CreateRoleDto { Name = "isolation-role" });
        (await owner.PutAsJsonAsync($"/api/notifications/templates/{store.Id}", new { kind = "OrderPlaced", subject = "A's", body = "A's", version = 0 }, Json, Ct))
            .EnsureSuccessStatusCode();
        var order = await PlaceOrderAsync(owner, store.Id, shipping.Id, payment.Id);

        return new(StringComparer.Ordinal)
        {
            ["Stores"] = new() { ["id"] = store.Id },
            ["StoreMedia"] = new() { ["storeId"] = store.Id },
            ["ShippingMethods"] = new() { ["storeId"] = store.Id, ["id"] = shipping.Id },
            ["PaymentMethods"] = new() { ["storeId"] = store.Id, ["id"] = payment.Id },
            ["Stock"] = new() { ["variantId"] = variantId },
            ["AttributeSets"] = new() { ["id"] = attributeSet.Id },
            ["Categories"] = new() { ["id"] = category.Id },
            ["Products"] = new() { ["id"] = product.Id },
            ["ProductVariants"] = new() { ["productId"] = product.Id, ["variantId"] = variantId },
            ["ProductImages"] = new() { ["productId"] = product.Id, ["id"] = image.Id },
            ["ProductTransfers"] = new() { ["id"] = import.Id },
            ["Users"] = new() { ["id"] = member.Id },
            ["Roles"] = new() { ["id"] = role.Id },
            ["NotificationTemplates"] = new() { ["storeId"] = store.Id },
            ["Orders"] = new() { ["id"] = order.OrderId },
        };
    }

    /// <summary>
    /// A valid body for actions whose input differs from the resource; for the others B sends A's own representation,
    /// so validation passes and only the lookup can refuse.
    /// </summary>
    private static string? BodyFor(TenantEndpoint endpoint) => endpoint.Route switch
    {
        var r when r.EndsWith("/changes", StringComparison.Ordinal) =>
            JsonSerializer.Serialize(new ChangeStockDto { Quantity = 1, Reason = StockMovementReason.Received }, Json),
        var r when r.EndsWith("/low-stock-threshold", StringComparison.Ordinal) => """{"threshold":1}""",
        var r when r.EndsWith("/permissions", StringComparison.Ordinal) => """{"permissions":[]}""",
        var r when r.EndsWith("/store-prices", StringComparison.Ordinal) => """{"prices":[],"version":1}""",
        var r when r.EndsWith("/generate", StringComparison.Ordinal) => """{"version":1}""",
        var r when r.EndsWith("/reorder", StringComparison.Ordinal) => """{"imageIds":[]}""",
        var r when r.EndsWith("/move", StringComparison.Ordinal) => """{"position":0}""",
        var r when r.Contains("/variants/", StringComparison.Ordinal) => """{"price":1,"version":1}""",
        var r when r.StartsWith("api/identity/roles/", StringComparison.Ordinal) => """{"name":"renamed","permissions":[],"concurrencyStamp":"x"}""",
        var r when r.EndsWith("/shipping-methods", StringComparison.Ordinal) => """{"type":"FlatRate","name":"B's","price":1}""",
        var r when r.EndsWith("/payment-methods", StringComparison.Ordinal) => """{"provider":"test-gateway","displayName":"B's"}""",
        var r when r.StartsWith("api/notifications/templates/", StringComparison.Ordinal) => """{"kind":"OrderPlaced","subject":"B's","body":"B's","version":0}""",
        var r when r.EndsWith("/notes", StringComparison.Ordinal) => """{"text":"B's note"}""",
        var r when r.EndsWith("/shipments", StringComparison.Ordinal) => $$"""{"lines":[{"orderLineId":"{{Guid.CreateVersion7()}}","quantity":1}],"version":1}""",
        var r when r.EndsWith("/cancel", StringComparison.Ordinal) => """{"reason":"B's","version":1}""",
        var r when r.EndsWith("/refunds", StringComparison.Ordinal) => """{"amount":1}""",
        var r when r.StartsWith("api/ordering/orders/", StringComparison.Ordinal) => """{"version":1}""",
        _ => null,
    };

    /// <summary>What A sees of the resource the endpoint touches: the nearest address, going up the path, that A can read.</summary>
    private static async Task<string> ReadBackAsync(HttpClient owner, string url, TenantEndpoint endpoint)
    {
        var resource = endpoint.Method == "GET" || !TrailingAction().IsMatch(url) ? url : TrailingAction().Replace(url, string.Empty);
        for (var path = resource; path.Length > "/api/".Length; path = path[..path.LastIndexOf('/')])
        {
            var response = await owner.GetAsync(path, Ct);
            if (response.IsSuccessStatusCode)
                return await response.Content.ReadAsStringAsync(Ct);
        }

        throw new ShouldAssertException($"A cannot read back {resource}");
    }

    /// <summary>A's order, placed through the storefront checkout with A's own published, stocked product.</summary>
    private static async Task<PlaceOrderResultDto> PlaceOrderAsync(HttpClient owner, Guid storeId, Guid shippingId, Guid paymentId)
    {
        var product = await PostAsync<ProductDto>(owner, "/api/catalog/products", ProductInput.Create("Isolated Tee") with { StoreIds = [storeId] });
        await PostAsync<ProductDto>(owner, $"/api/catalog/products/{product.Id}/activate", new { });
        await PostAsync<StockItemDto>(owner, $"/api/inventory/stock/{product.Variants[0].Id}/changes", new ChangeStockDto { Quantity = 3, Reason = StockMovementReason.Received });
        var input = new PlaceOrderDto
        {
            Email = "buyer@isolation.test", Lines = [new CheckoutLineDto { VariantId = product.Variants[0].Id, Quantity = 1 }],
            ShippingAddress = new AddressDto { Name = "Buyer", Line1 = "1 Main St", City = "Springfield", CountryCode = "US" },
            ShippingMethodId = shippingId, PaymentMethodId = paymentId,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/storefront/stores/{storeId}/orders") { Content = JsonContent.Create(input, options: Json) };
        request.Headers.Add("Idempotency-Key", "isolation");
        var response = await owner.SendAsync(request, Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<PlaceOrderResultDto>(Json, Ct))!;
    }

    private static bool IsImageUpload(TenantEndpoint endpoint) =>
        endpoint.Method == "POST" && (endpoint.Route.EndsWith("/images", StringComparison.Ordinal) || endpoint.Route.EndsWith("/media", StringComparison.Ordinal));

    private static MultipartFormDataContent ImageForm()
    {
        var file = new ByteArrayContent(TestImages.Png(8, 8));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { file, "file", "a.png" } };
    }

    private static async Task<ProductImportDto> ImportAsync(HttpClient owner)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("handle,title,price\nisolated-mug,Isolated Mug,9.5\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var response = await owner.PostAsync("/api/catalog/product-transfers/imports", new MultipartFormDataContent { { file, "file", "products.csv" } }, Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<ProductImportDto>(Json, Ct))!;
    }

    private static async Task<ProductImageDto> UploadAsync(HttpClient owner, string url)
    {
        var response = await owner.PostAsync(url, ImageForm(), Ct);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<ProductImageDto>(Json, Ct))!;
    }

    private static HttpRequestMessage Request(string method, string url, string? body) =>
        new(new HttpMethod(method), url) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json") };

    private static async Task<T> PostAsync<T>(HttpClient client, string url, object body)
    {
        var response = await client.PostAsync(url, JsonContent.Create(body, body.GetType(), options: Json), Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{url}: {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<T>(Json, Ct))!;
    }

    private static IEnumerable<TenantEndpoint> TenantEndpointsWithIds(CommerceWebApplicationFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("api/", StringComparison.Ordinal) == true && e.RoutePattern.Parameters.Count > 0)
            // Anonymous endpoints with the tenant in the route (payment webhooks) fall outside; their own tests send other tenants' ids.
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == CommerceAuthorizationPolicies.Tenant))
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()!))
            .Select(x => new TenantEndpoint(
                x.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0],
                x.Endpoint.RoutePattern.RawText!,
                x.Action.ControllerName,
                [.. x.Endpoint.RoutePattern.Parameters.Select(p => p.Name)],
                x.Action.Parameters.Any(p => p.BindingInfo?.BindingSource?.Id == "Body")))
            .OrderBy(e => e.Route, StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([^}:]+)[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex RouteParameter();

    [System.Text.RegularExpressions.GeneratedRegex(@"/(?!api/)[a-z-]+$")]
    private static partial System.Text.RegularExpressions.Regex TrailingAction();

    private sealed record TenantEndpoint(string Method, string Route, string Controller, string[] Parameters, bool HasBody);
}
