using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

// Places orders through the headless storefront API: N buyers, each in a loop for a fixed time, one unit of a random
// SKU per order, test gateway card 4242 4242 4242 4242, a new Idempotency-Key per order. Prints orders/s, latency
// percentiles and every non-2xx or failed payment by kind.
//
//   dotnet run -- <base url> <tenant id> <store id> <shipping method id> <payment method id> <variant ids file> <seconds> <buyers>
//                 [--cards 4242424242424242,4000000000003220,...] [--answers <file>] [--attempts <n>]
//
// --cards: the cards to pay with, taken in turn by each buyer (the test gateway's behaviour follows the number).
// --answers: every 2xx answer is appended to the file as it arrives, one line each: order id, number, status,
// payment status (the crash test checks that each is in the database). Transport errors (the host down) are counted
// and retried after a short pause, so the driver rides through a restart of the host.
// --attempts: a flash sale instead of a timed run: the buyers share n attempts (each one order, whatever its answer)
// and stop when they are spent; no warm-up, since it would buy the units on sale. <seconds> is then ignored.
var usage = "usage: <base url> <tenant id> <store id> <shipping method id> <payment method id> <variant ids file> <seconds> <buyers> "
    + "[--cards <card,card,...>] [--answers <file>] [--attempts <n>]";
var options = args.Skip(8).Chunk(2).ToArray();
if (args.Length < 8 || options.Any(o => o.Length != 2 || o[0] is not ("--cards" or "--answers" or "--attempts")))
{
    Console.Error.WriteLine(usage);
    return 2;
}

var cards = options.LastOrDefault(o => o[0] == "--cards")?[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    ?? ["4242424242424242"];
var answersPath = options.LastOrDefault(o => o[0] == "--answers")?[1];
var attempts = options.LastOrDefault(o => o[0] == "--attempts")?[1] is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
using var answers = answersPath is null ? null : new StreamWriter(answersPath, append: true) { AutoFlush = true };
var answersLock = new object();

var baseUrl = args[0].TrimEnd('/');
var tenantId = args[1];
var storeId = Guid.Parse(args[2]);
var shippingMethodId = Guid.Parse(args[3]);
var paymentMethodId = Guid.Parse(args[4]);
var variants = File.ReadAllLines(args[5]).Where(l => l.Length > 0).Select(Guid.Parse).ToArray();
var seconds = int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture);
var buyers = int.Parse(args[7], System.Globalization.CultureInfo.InvariantCulture);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = buyers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(baseUrl),
    Timeout = TimeSpan.FromSeconds(30),
};
http.DefaultRequestHeaders.Add("__tenant", tenantId);
var path = $"/api/storefront/stores/{storeId}/orders";

HttpRequestMessage Order(Guid variantId, string card)
{
    var request = new HttpRequestMessage(HttpMethod.Post, path)
    {
        Content = JsonContent.Create(new
        {
            email = "buyer@bench.commerce.test",
            lines = new[] { new { variantId, quantity = 1 } },
            shippingAddress = new { name = "Bench Buyer", line1 = "1 Main Street", city = "Springfield", region = "IL", postalCode = "62701", countryCode = "US" },
            shippingMethodId,
            paymentMethodId,
            payment = new { cardNumber = card, cardExpiry = "12/30", cardCvc = "123" },
        }),
    };
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
    return request;
}

async Task<(bool Ok, string Kind)> PlaceAsync(Guid variantId, string card, CancellationToken ct)
{
    using var response = await http.SendAsync(Order(variantId, card), ct);
    var body = await response.Content.ReadAsStringAsync(ct);
    if (!response.IsSuccessStatusCode)
    {
        var code = TryGet(body, "code") ?? TryGet(body, "title") ?? "";
        return (false, $"{(int)response.StatusCode} {code}");
    }
    if (answers is not null)
    {
        var line = $"{TryGet(body, "orderId")} {TryGet(body, "number")} {TryGet(body, "status")} {TryGet(body, "paymentStatus")}";
        lock (answersLock)
            answers.WriteLine(line);
    }
    var failure = TryGet(body, "paymentFailureCode") ?? TryGet(body, "failureCode");
    if (failure is not null)
        return (false, $"200 payment failed: {failure}");
    return TryGet(body, "paymentStatus") is "Pending" ? (true, "placed, payment pending") : (true, "placed");
}

static string? TryGet(string json, string name)
{
    try
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
    }
    catch (JsonException)
    {
        return null;
    }
}

// Warm-up: a few orders one at a time, so JIT and pools are ready; not counted.
for (var i = 0; attempts is null && i < 20; i++)
{
    var (ok, kind) = await PlaceAsync(variants[i % variants.Length], cards[i % cards.Length], CancellationToken.None);
    if (!ok && i == 0)
        Console.Error.WriteLine($"warm-up order failed: {kind}");
}

var times = new ConcurrentBag<double>();
var kinds = new ConcurrentDictionary<string, int>();
using var stop = new CancellationTokenSource(attempts is null ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan);
var left = attempts ?? 0;
var clock = Stopwatch.StartNew();
var workers = Enumerable.Range(0, buyers).Select(b => Task.Run(async () =>
{
    var random = new Random(b);
    for (var turn = b; attempts is null ? !stop.IsCancellationRequested : Interlocked.Decrement(ref left) >= 0; turn++)
    {
        var started = Stopwatch.GetTimestamp();
        string kind;
        try
        {
            (_, kind) = await PlaceAsync(variants[random.Next(variants.Length)], cards[turn % cards.Length], CancellationToken.None);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            kind = "transport: " + e.GetType().Name;
            await Task.Delay(200);
        }
        times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        kinds.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }
})).ToArray();
await Task.WhenAll(workers);
var elapsed = clock.Elapsed.TotalSeconds;

var sorted = times.OrderBy(t => t).ToArray();
double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
var placed = kinds.GetValueOrDefault("placed") + kinds.GetValueOrDefault("placed, payment pending");
Console.WriteLine(attempts is null
    ? $"checkout: {buyers} buyers, {seconds} s, {variants.Length} SKUs"
    : $"flash sale: {attempts} attempts by {buyers} buyers at once, {variants.Length} SKU(s), {elapsed:F1} s");
Console.WriteLine($"  requests {sorted.Length}, placed {placed}, {placed / elapsed:F1} orders/s");
Console.WriteLine($"  latency ms: p50 {At(0.50):F1}  p95 {At(0.95):F1}  p99 {At(0.99):F1}  max {sorted[^1]:F1}");
if (kinds.GetValueOrDefault("placed, payment pending") is > 0 and var pending)
    Console.WriteLine($"  of which the payment is pending (confirmed later by webhook): {pending}");
foreach (var (kind, count) in kinds.Where(k => !k.Key.StartsWith("placed", StringComparison.Ordinal)).OrderByDescending(k => k.Value))
    Console.WriteLine($"  not placed: {count} x {kind}");
return 0;
