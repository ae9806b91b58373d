using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commerce.EntityFrameworkCore.BlobStoring;

/// <summary>
/// A real HTTP listener on a free local port standing in for one S3 bucket, addressed path-style: it keeps objects
/// in memory and answers PutObject, ListObjectsV2 (a page of at most <see cref="PageSize"/> keys, continued after
/// the last key, as S3 does) and DeleteObjects (reporting the keys in <see cref="Undeletable"/> as errors, as S3
/// does for a key it may not delete; without a Content-MD5 or x-amz-checksum-* header it refuses the request, as S3
/// does). Signatures are not checked. Every request is recorded.
/// </summary>
internal sealed class S3ApiServer : IAsyncDisposable
{
    private const string Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    private readonly WebApplication app;
    private readonly string bucket;
    private readonly ConcurrentDictionary<string, byte[]> objects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<S3ApiRequest> requests = new();

    private S3ApiServer(WebApplication app, string bucket)
    {
        this.app = app;
        this.bucket = bucket;
    }

    public string BaseUrl => app.Urls.First();

    /// <summary>The most keys a list page holds; S3's own is 1000.</summary>
    public int PageSize { get; set; } = 1000;

    public ConcurrentDictionary<string, bool> Undeletable { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Keys => [.. objects.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<S3ApiRequest> Requests => [.. requests];

    public static async Task<S3ApiServer> StartAsync(string bucket)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new S3ApiServer(builder.Build(), bucket);
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        return server;
    }

    public void Put(string key) => objects[key] = [1];

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? string.Empty;
        if (!path.StartsWith($"/{bucket}", StringComparison.Ordinal))
        {
            await AnswerAsync(context, StatusCodes.Status404NotFound, Error("NoSuchBucket"));
            return;
        }

        var key = path.Length > bucket.Length + 2 ? path[(bucket.Length + 2)..] : null;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        string? answer;
        switch (request.Method)
        {
            case "PUT" when key is not null:
                objects[key] = body.ToArray();
                answer = null;
                break;
            case "GET" when key is null && request.Query["list-type"] == "2":
                answer = List(request.Query["prefix"].ToString(), request.Query["continuation-token"].ToString(), out var listed);
                requests.Enqueue(new S3ApiRequest("ListObjectsV2", request.Query["prefix"].ToString(), listed));
                break;
            case "POST" when key is null && request.Query.ContainsKey("delete") && !HasIntegrityHeader(request):
                await AnswerAsync(context, StatusCodes.Status400BadRequest, Error("InvalidRequest"));
                return;
            case "POST" when key is null && request.Query.ContainsKey("delete"):
                answer = Delete(XDocument.Parse(Encoding.UTF8.GetString(body.ToArray())), out var named);
                requests.Enqueue(new S3ApiRequest("DeleteObjects", null, named));
                break;
            default:
                await AnswerAsync(context, StatusCodes.Status501NotImplemented, Error("NotImplemented"));
                return;
        }

        await AnswerAsync(context, StatusCodes.Status200OK, answer);
    }

    private string List(string prefix, string continuationToken, out int count)
    {
        var after = continuationToken.Length == 0 ? string.Empty : Encoding.UTF8.GetString(Convert.FromBase64String(continuationToken));
        var matching = objects.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && string.CompareOrdinal(k, after) > 0)
            .Order(StringComparer.Ordinal)
            .ToList();
        var page = matching.Take(PageSize).ToList();
        var truncated = matching.Count > page.Count;
        count = page.Count;
        var result = new StringBuilder($"<ListBucketResult xmlns=\"{Namespace}\"><Name>{bucket}</Name><Prefix>{Escape(prefix)}</Prefix>")
            .Append(CultureInfo.InvariantCulture, $"<KeyCount>{page.Count}</KeyCount><MaxKeys>{PageSize}</MaxKeys>")
            .Append(CultureInfo.InvariantCulture, $"<IsTruncated>{(truncated ? "true" : "false")}</IsTruncated>");
        if (truncated)
            result.Append(CultureInfo.InvariantCulture, $"<NextContinuationToken>{Convert.ToBase64String(Encoding.UTF8.GetBytes(page[^1]))}</NextContinuationToken>");
        foreach (var key in page)
        {
            result.Append(CultureInfo.InvariantCulture,
                $"<Contents><Key>{Escape(key)}</Key><LastModified>2026-11-02T09:30:00.000Z</LastModified><ETag>\"0\"</ETag><Size>{objects.GetValueOrDefault(key)?.Length ?? 0}</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }

        return result.Append("</ListBucketResult>").ToString();
    }

    private string Delete(XDocument document, out int count)
    {
        var keys = document.Descendants().Where(e => e.Name.LocalName == "Key").Select(e => e.Value).ToList();
        var quiet = document.Descendants().Any(e => e.Name.LocalName == "Quiet" && e.Value == "true");
        count = keys.Count;
        var result = new StringBuilder($"<DeleteResult xmlns=\"{Namespace}\">");
        foreach (var key in keys)
        {
            if (Undeletable.ContainsKey(key))
            {
                result.Append(CultureInfo.InvariantCulture, $"<Error><Key>{Escape(key)}</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>");
                continue;
            }

            objects.TryRemove(key, out _);
            if (!quiet)
                result.Append(CultureInfo.InvariantCulture, $"<Deleted><Key>{Escape(key)}</Key></Deleted>");
        }

        return result.Append("</DeleteResult>").ToString();
    }

    /// <summary>S3 refuses a DeleteObjects request whose body carries no Content-MD5 or x-amz-checksum-* header.</summary>
    private static bool HasIntegrityHeader(HttpRequest request) =>
        request.Headers.ContainsKey("Content-MD5") || request.Headers.Keys.Any(h => h.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase));

    private static string Error(string code) => $"<Error><Code>{code}</Code><Message>{code}</Message></Error>";

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static async Task AnswerAsync(HttpContext context, int status, string? xml)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.ETag = "\"0\"";
        if (xml is null)
            return;
        context.Response.ContentType = "application/xml";
        await context.Response.WriteAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml);
    }
}
