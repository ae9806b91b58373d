using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commerce.HttpApi.Payments.Stripe;

/// <summary>
/// A real HTTP listener on a free local port standing in for api.stripe.com: it records every request (form fields
/// and headers) and answers with the JSON the test gives for the request's path.
/// </summary>
internal sealed class StripeApiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<StripeApiRequest> requests = new();
    private readonly ConcurrentDictionary<string, (int Status, string Json)> answers = new();

    private StripeApiServer(WebApplication app)
    {
        this.app = app;
    }

    public string BaseUrl => app.Urls.First();

    public IReadOnlyList<StripeApiRequest> Requests => [.. requests];

    public static async Task<StripeApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new StripeApiServer(builder.Build());
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        return server;
    }

    /// <summary>What a POST to the path answers.</summary>
    public void Answer(string path, string json, int status = StatusCodes.Status200OK) => answers[path] = (status, json);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        requests.Enqueue(new StripeApiRequest(
            context.Request.Method, context.Request.Path.Value ?? string.Empty,
            form?.ToDictionary(f => f.Key, f => f.Value.ToString()) ?? [],
            context.Request.Headers["Idempotency-Key"].ToString(), context.Request.Headers.Authorization.ToString()));
        var (status, json) = answers.GetValueOrDefault(context.Request.Path.Value ?? string.Empty, (StatusCodes.Status404NotFound, """{"error":{"type":"invalid_request_error","message":"No such path"}}"""));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }
}
