using Microsoft.Extensions.Options;
using Stripe;

namespace Commerce.Payments.Stripe;

/// <summary>
/// Stripe clients for the stores' secret keys, over one shared HTTP connection pool (a singleton), at the address
/// the options give.
/// </summary>
internal sealed class StripeClientFactory(IOptions<StripeOptions> options) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    public IStripeClient Create(string secretKey) =>
        new StripeClient(
            apiKey: secretKey,
            httpClient: new SystemNetHttpClient(http, options.Value.MaxNetworkRetries),
            apiBase: options.Value.ApiBase);

    public void Dispose() => http.Dispose();
}
