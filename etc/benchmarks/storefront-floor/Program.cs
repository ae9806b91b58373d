using System.Net;
using System.Text;
using Npgsql;

// The floor: routing and raw Npgsql only. Each page runs the statements the storefront page runs (taken from EF Core's
// command log, same parameters, the same commerce_app role under row-level security with commerce.tenant_id set as the
// tenant session interceptor sets it) and writes HTML padded to the byte size the storefront's page has.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var connectionString = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Default (the commerce_app role).");
var categoryBytes = builder.Configuration.GetValue("Floor:CategoryBytes", 25_000);
var productBytes = builder.Configuration.GetValue("Floor:ProductBytes", 6_700);
using var dataSource = NpgsqlDataSource.Create(connectionString);
var app = builder.Build();

app.MapGet("/c/{**path}", async (HttpContext http, string path) =>
{
    await using var connection = await dataSource.OpenConnectionAsync();
    var store = await Queries.ResolveStoreAsync(connection, http.Request.Host.Host);
    if (store is null)
        return Results.NotFound();
    var categories = await Queries.CategoriesAsync(connection);
    var handle = path.TrimEnd('/').Split('/')[^1];
    var category = categories.FirstOrDefault(c => string.Equals(c.Handle, handle, StringComparison.OrdinalIgnoreCase));
    if (category is null)
        return Results.NotFound();
    var ids = Queries.WithDescendants(category.Id, categories);
    var options = await Queries.CategoryOptionsAsync(connection, store.Value.StoreId, ids);
    var total = await Queries.CategoryCountAsync(connection, store.Value.StoreId, ids);
    var items = await Queries.CategoryPageAsync(connection, store.Value.StoreId, ids, 24, 0);

    var html = new StringBuilder(categoryBytes + 256);
    Html.Open(html, category.Name, categories);
    html.Append("<h1>").Append(WebUtility.HtmlEncode(category.Name)).Append("</h1><p>").Append(total).Append(" products, ")
        .Append(options).Append(" option sets</p><ul class=\"grid\">");
    foreach (var item in items)
    {
        html.Append("<li><a href=\"/p/").Append(WebUtility.HtmlEncode(item.Handle)).Append("\"><img src=\"/media/").Append(item.ImageId)
            .Append("\" width=\"400\" height=\"400\" alt=\"\">").Append(WebUtility.HtmlEncode(item.Title)).Append("</a> <span>$")
            .Append(item.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append(item.InStock ? "" : " sold out")
            .Append("</span></li>");
    }
    html.Append("</ul>");
    return Html.Close(html, categoryBytes);
});

app.MapGet("/p/{handle}", async (HttpContext http, string handle) =>
{
    await using var connection = await dataSource.OpenConnectionAsync();
    var store = await Queries.ResolveStoreAsync(connection, http.Request.Host.Host);
    if (store is null)
        return Results.NotFound();
    var product = await Queries.ProductAsync(connection, store.Value.StoreId, handle);
    if (product is null)
        return Results.NotFound();
    var images = await Queries.ImagesAsync(connection, product.Id);
    var inStock = await Queries.InStockAsync(connection, product.VariantIds);
    var categories = await Queries.CategoriesAsync(connection);

    var html = new StringBuilder(productBytes + 256);
    Html.Open(html, product.Title, categories);
    html.Append("<h1>").Append(WebUtility.HtmlEncode(product.Title)).Append("</h1>");
    foreach (var image in images)
        html.Append("<img src=\"/media/").Append(image).Append("\" width=\"800\" height=\"800\" alt=\"\">");
    html.Append("<div>").Append(WebUtility.HtmlEncode(product.Description)).Append("</div><p>$")
        .Append(product.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append(inStock > 0 ? " in stock" : " sold out")
        .Append("</p><form method=\"post\" action=\"/cart/add\"><input type=\"hidden\" name=\"variantId\" value=\"")
        .Append(product.VariantIds[0]).Append("\"><button>Add to cart</button></form>");
    return Html.Close(html, productBytes);
});

app.Run();
